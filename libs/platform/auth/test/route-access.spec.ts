import type { INestApplication } from '@nestjs/common';
import { listRouteAccess, unguardedRoutes } from '../src/index.js';
import { createTinyApp } from './support/tiny-app.js';

describe('listRouteAccess', () => {
  let app: INestApplication;

  beforeAll(async () => {
    app = await createTinyApp();
  });

  afterAll(() => app.close());

  it('lists every HTTP route with its full path and who may call it', () => {
    const routes = listRouteAccess(app).map(({ method, path, public: isPublic, roles }) => ({ method, path, isPublic, roles }));
    expect(routes).toEqual(
      expect.arrayContaining([
        { method: 'GET', path: '/api/v1/health', isPublic: true, roles: [] },
        { method: 'GET', path: '/api/v1/plans', isPublic: false, roles: ['office'] },
        { method: 'POST', path: '/api/v1/plans/:id/approve', isPublic: false, roles: ['leader', 'tenant-admin'] },
        { method: 'GET', path: '/api/v1/forgotten', isPublic: false, roles: [] },
      ]),
    );
    expect(routes).toHaveLength(4);
  });

  it('names the routes that are neither public nor role-bound', () => {
    expect(unguardedRoutes(listRouteAccess(app)).map((route) => `${route.controller}.${route.handler}`)).toEqual(['ForgottenController.open']);
  });
});
