import { randomBytes } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { callGateway, passwordToken, platformUrls } from '@xieshang/platform-testing';
import { createGateway } from '../src/gateway.app.js';

const suffix = randomBytes(4).toString('hex');
const PASSWORD = `revocation-${suffix}`;

/** One more gateway replica beside the platform's, with the same environment, on a port of its own. */
const startReplica = async (): Promise<{ app: INestApplication; url: string }> => {
  const { app } = await createGateway({ ...process.env, LOG_LEVEL: 'silent', PORT: '0' });
  await app.listen(0, '127.0.0.1');
  return { app, url: await app.getUrl() };
};

const statusAt = async (base: string, token: string): Promise<number> => {
  const response = await fetch(`${base}/api/v1/org-units`, { headers: { authorization: `Bearer ${token}` } });
  await response.arrayBuffer();
  return response.status;
};

/** Milliseconds until `base` answers `status`, asking every 25 ms; fails after `limitMs`. */
const msUntil = async (base: string, token: string, status: number, limitMs: number): Promise<number> => {
  const started = Date.now();
  while (Date.now() - started < limitMs) {
    if ((await statusAt(base, token)) === status) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`${base} did not answer ${status} within ${limitMs} ms`);
};

describe('a disabled person', () => {
  const replicas: INestApplication[] = [];
  let admin: string;
  let personId: string;
  let token: string;

  beforeAll(async () => {
    admin = await passwordToken('bazhou-admin');
    const unit = (await callGateway('/api/v1/org-units', { token: admin, method: 'POST', body: { kind: 'department', name: `停用测试局${suffix}`, shortName: `停用${suffix}` } })).body as { id: string };
    const created = await callGateway('/api/v1/users', {
      token: admin,
      method: 'POST',
      body: { username: `revoked-${suffix}`, displayName: '停用测试', orgUnitId: unit.id, roles: ['department'], password: PASSWORD },
    });
    expect(created.status).toBe(201);
    personId = (created.body as { id: string }).id;
    token = await passwordToken(`revoked-${suffix}`, PASSWORD);
  });

  afterAll(async () => {
    await Promise.all(replicas.map((app) => app.close()));
  });

  it('is refused at once by every gateway replica, also one started later, and let in again once enabled', async () => {
    const second = await startReplica();
    replicas.push(second.app);
    const gateways = [platformUrls.gateway, second.url];
    for (const base of gateways) expect(await statusAt(base, token)).toBe(200);

    const disabled = await callGateway(`/api/v1/users/${personId}/disable`, { token: admin, method: 'POST' });
    expect(disabled.status).toBe(200);
    const delays = await Promise.all(gateways.map((base) => msUntil(base, token, 401, 1_000)));
    expect(Math.max(...delays)).toBeLessThan(1_000);

    const later = await startReplica();
    replicas.push(later.app);
    for (const base of [...gateways, later.url]) {
      const refused = await fetch(`${base}/api/v1/org-units`, { headers: { authorization: `Bearer ${token}` } });
      expect(refused.status).toBe(401);
      expect(await refused.json()).toMatchObject({ code: 'AUTH.UNAUTHENTICATED' });
    }

    expect((await callGateway(`/api/v1/users/${personId}/enable`, { token: admin, method: 'POST' })).status).toBe(200);
    for (const base of [...gateways, later.url]) await msUntil(base, token, 200, 2_000);
  });
});
