import type { INestApplication } from '@nestjs/common';
import { passwordToken } from '@xieshang/platform-testing';
import { createGateway } from '../src/gateway.app.js';

describe('the per-user rate limit', () => {
  let app: INestApplication;
  let url: string;

  beforeAll(async () => {
    ({ app } = await createGateway({ ...process.env, LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: '3' }));
    await app.listen(0, '127.0.0.1');
    url = await app.getUrl();
  });

  afterAll(async () => {
    await app?.close();
  });

  const me = (token: string) => fetch(`${url}/api/v1/me`, { headers: { authorization: `Bearer ${token}` } });

  it('answers 429 problem+json with Retry-After once a user has spent the minute’s requests, and leaves other users alone', async () => {
    const office = await passwordToken('office');
    const statuses = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await me(office)).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const limited = await me(office);
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(await limited.json()).toMatchObject({ status: 429, code: 'COMMON.RATE_LIMITED' });
    expect((await me(await passwordToken('ufwd'))).status).toBe(200);
  });

  it('does not count the public probes', async () => {
    for (let i = 0; i < 5; i += 1) expect((await fetch(`${url}/health`)).status).toBe(200);
  });
});
