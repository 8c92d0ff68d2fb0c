import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { generateKeyPair, importJWK, SignJWT, type JWK } from 'jose';
import { callGateway, passwordToken, platformUrls } from '@xieshang/platform-testing';

/** The dev-idp's own signing key, so a forged token differs from a real one in one claim only. */
const realKey = async (): Promise<{ key: Awaited<ReturnType<typeof importJWK>>; kid: string; publicJwk: JWK }> => {
  const file = process.env['DEV_IDP_KEY_FILE'] ?? '.data/dev-idp/signing-key.json';
  const jwk = JSON.parse(await readFile(resolve(file), 'utf8')) as JWK & { kid: string };
  const { d: _d, p: _p, q: _q, dp: _dp, dq: _dq, qi: _qi, ...publicJwk } = jwk;
  return { key: await importJWK(jwk, 'RS256'), kid: jwk.kid, publicJwk };
};

const claims = { preferred_username: 'office', tenant: 'bazhou', realm_access: { roles: ['office'] } };

const sign = (key: Awaited<ReturnType<typeof importJWK>>, kid: string, changes: { iss?: string; aud?: string; exp?: number; nbf?: number } = {}) => {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ ...claims, nbf: changes.nbf ?? now - 5 })
    .setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT' })
    .setSubject('forged-subject')
    .setIssuer(changes.iss ?? platformUrls.issuer)
    .setAudience(changes.aud ?? 'xieshang-api')
    .setIssuedAt(now - 60)
    .setExpirationTime(changes.exp ?? now + 300)
    .sign(key);
};

const base64url = (value: object | string): string => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

const expectProblem401 = (result: { status: number; headers: Headers; body: unknown }) => {
  expect(result.status).toBe(401);
  expect(result.headers.get('content-type')).toMatch(/application\/problem\+json/);
  expect(result.body).toMatchObject({ status: 401, code: 'AUTH.UNAUTHENTICATED' });
  expect((result.body as { correlationId: string }).correlationId).toEqual(result.headers.get('x-correlation-id'));
};

describe('signing in through the gateway', () => {
  it('answers /health without a token', async () => {
    const result = await callGateway('/health');
    expect(result.status).toBe(200);
    expect(result.body).toEqual({ status: 'ok' });
  });

  it("answers /api/v1/me with the office user's roles, tenant and org unit", async () => {
    const token = await passwordToken('office');
    const result = await callGateway('/api/v1/me', { token });
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({
      username: 'office',
      displayName: '李文静',
      roles: ['office'],
      tenant: { code: 'bazhou', name: '巴州区' },
      orgUnit: { kind: 'party_office', name: '中共巴州区委办公室' },
    });
  });

  it('accepts a token signed with the real key and right claims (the forging below changes one thing each)', async () => {
    const { key, kid } = await realKey();
    const result = await callGateway('/api/v1/org-units', { token: await sign(key, kid) });
    expect(result.status).toBe(200);
  });

  it('refuses a request with no token', async () => {
    expectProblem401(await callGateway('/api/v1/me'));
  });

  it('refuses an expired token', async () => {
    const { key, kid } = await realKey();
    expectProblem401(await callGateway('/api/v1/me', { token: await sign(key, kid, { exp: Math.floor(Date.now() / 1000) - 120 }) }));
  });

  it('refuses a token that is not valid yet', async () => {
    const { key, kid } = await realKey();
    expectProblem401(await callGateway('/api/v1/me', { token: await sign(key, kid, { nbf: Math.floor(Date.now() / 1000) + 600 }) }));
  });

  it('refuses a token of another issuer', async () => {
    const { key, kid } = await realKey();
    expectProblem401(await callGateway('/api/v1/me', { token: await sign(key, kid, { iss: 'http://localhost:8080/realms/other' }) }));
  });

  it('refuses a token for another audience', async () => {
    const { key, kid } = await realKey();
    expectProblem401(await callGateway('/api/v1/me', { token: await sign(key, kid, { aud: 'another-api' }) }));
  });

  it('refuses an unsigned token (alg none)', async () => {
    const now = Math.floor(Date.now() / 1000);
    const payload = { ...claims, sub: 'x', iss: platformUrls.issuer, aud: 'xieshang-api', iat: now, exp: now + 300 };
    expectProblem401(await callGateway('/api/v1/me', { token: `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(payload)}.` }));
  });

  it('refuses HS256 signed with the public key as the secret', async () => {
    const { kid, publicJwk } = await realKey();
    const secret = new TextEncoder().encode(JSON.stringify(publicJwk));
    const now = Math.floor(Date.now() / 1000);
    const token = await new SignJWT({ ...claims })
      .setProtectedHeader({ alg: 'HS256', kid })
      .setSubject('x')
      .setIssuer(platformUrls.issuer)
      .setAudience('xieshang-api')
      .setIssuedAt(now)
      .setExpirationTime(now + 300)
      .sign(secret);
    expectProblem401(await callGateway('/api/v1/me', { token }));
  });

  it('refuses a token signed by a key with an unknown kid', async () => {
    const { privateKey } = await generateKeyPair('RS256');
    expectProblem401(await callGateway('/api/v1/me', { token: await sign(privateKey, 'unknown-kid') }));
  });

  it('refuses a string that is not a JWT', async () => {
    expectProblem401(await callGateway('/api/v1/me', { token: 'not-a-token' }));
  });
});
