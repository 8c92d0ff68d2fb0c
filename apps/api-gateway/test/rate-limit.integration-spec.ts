import type { INestApplication } from '@nestjs/common';
import { passwordToken } from '@xieshang/platform-testing';
import { createGateway } from '../src/gateway.app.js';

describe('the per-person rate limit', () => {
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

  it('counts a person’s refused requests too', async () => {
    const member = await passwordToken('minmeng');
    const post = () => fetch(`${url}/api/v1/org-units`, { method: 'POST', headers: { authorization: `Bearer ${member}`, 'content-type': 'application/json' }, body: '{}' });
    expect([(await post()).status, (await post()).status, (await post()).status, (await post()).status]).toEqual([403, 403, 403, 429]);
    expect((await me(member)).status).toBe(429);
  });
});

describe('the per-address rate limit, before authentication', () => {
  let app: INestApplication;
  let url: string;

  beforeAll(async () => {
    ({ app } = await createGateway({ ...process.env, LOG_LEVEL: 'silent', RATE_LIMIT_PER_ADDRESS_PER_MINUTE: '4' }));
    await app.listen(0, '127.0.0.1');
    url = await app.getUrl();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('counts requests with a bad token or none, and then refuses even a good token from that address', async () => {
    const statuses = [];
    for (const authorization of ['Bearer not-a-token', 'Bearer x.y.z', '', 'Basic b2ZmaWNl']) {
      statuses.push((await fetch(`${url}/api/v1/me`, { headers: authorization ? { authorization } : {} })).status);
    }
    expect(statuses).toEqual([401, 401, 401, 401]);
    const limited = await fetch(`${url}/api/v1/me`, { headers: { authorization: `Bearer ${await passwordToken('office')}` } });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(await limited.json()).toMatchObject({ code: 'COMMON.RATE_LIMITED' });
    expect((await fetch(`${url}/health`)).status).toBe(200);
  });
});
