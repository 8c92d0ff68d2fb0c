import type { INestApplication } from '@nestjs/common';
import { createTinyApp } from './support/tiny-app.js';

describe('AuthGuard and RolesGuard on a Nest app', () => {
  let app: INestApplication;
  let base: string;

  beforeAll(async () => {
    app = await createTinyApp();
    await app.listen(0);
    base = `${await app.getUrl()}/api/v1`.replace('[::1]', 'localhost');
  });

  afterAll(() => app.close());

  const call = (path: string, token?: string, method = 'GET') =>
    fetch(`${base}${path}`, { method, headers: token ? { Authorization: `Bearer ${token}` } : {} });

  it('lets anyone reach a public route', async () => {
    expect((await call('/health')).status).toBe(200);
  });

  it('refuses a role-bound route without a token as unauthenticated', async () => {
    const response = await call('/plans');
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ code: 'AUTH.UNAUTHENTICATED' });
  });

  it('refuses a token the verifier rejects', async () => {
    expect((await call('/plans', 'forged-token')).status).toBe(401);
  });

  it('gives the handler the verified caller', async () => {
    const response = await call('/plans', 'office-token');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ caller: 'office-person' });
  });

  it('refuses a caller who has none of the roles the route lists', async () => {
    const response = await call('/plans/7/approve', 'office-token', 'POST');
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ code: 'AUTH.FORBIDDEN', details: { requiredRoles: ['leader', 'tenant-admin'] } });
  });

  it('uses the handler roles over the controller roles', async () => {
    expect((await call('/plans/7/approve', 'leader-token', 'POST')).status).toBe(201);
    expect((await call('/plans', 'leader-token')).status).toBe(403);
  });

  it('closes a route that declares no roles, even to a signed-in caller', async () => {
    const response = await call('/forgotten', 'office-token');
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ code: 'AUTH.FORBIDDEN' });
  });
});
