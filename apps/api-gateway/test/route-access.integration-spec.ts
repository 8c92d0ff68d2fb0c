import type { INestApplication } from '@nestjs/common';
import { listRouteAccess, unguardedRoutes } from '@xieshang/platform-auth';
import { createGateway } from '../src/gateway.app.js';

describe('every gateway route names who may call it', () => {
  let app: INestApplication;

  beforeAll(async () => {
    ({ app } = await createGateway({ ...process.env, LOG_LEVEL: 'silent', PORT: '0' }));
    await app.init();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('has no route that is neither public nor bound to a role', () => {
    const routes = listRouteAccess(app);
    expect(routes.length).toBeGreaterThan(3);
    expect(unguardedRoutes(routes)).toEqual([]);
  });

  it('keeps only the probes and the calendar feed public, and metrics off the public port', () => {
    const open = listRouteAccess(app)
      .filter((route) => route.public)
      .map((route) => route.path)
      .sort();
    expect(open).toEqual(['/api/v1/calendar/:token.ics', '/health', '/ready']);
  });

  it('binds /api/v1/me to every role and org-unit writes to the tenant admin', () => {
    const routes = listRouteAccess(app);
    expect(routes.find((route) => route.path === '/api/v1/me')?.roles).toHaveLength(11);
    expect(routes.find((route) => route.path === '/api/v1/org-units' && route.method === 'POST')?.roles).toEqual(['tenant-admin']);
  });
});
