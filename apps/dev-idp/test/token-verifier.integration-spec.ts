import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { importJWK, SignJWT, type JWK, type JWTPayload } from 'jose';
import { CommonErrorCode } from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';
import { createTokenVerifier, type TokenVerifier } from '@xieshang/platform-auth';
import { startDevIdp, type RunningDevIdp } from '../src/dev-idp.js';
import { accessTokenFor, fixedVerifier, OFFICE_IDENTITY, startTestIdp, stopTestIdp, testIdpConfig, type TestIdp } from './support/test-idp.js';

const now = () => Math.floor(Date.now() / 1000);
const segment = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

const expectUnauthenticated = async (verifier: TokenVerifier, token: string): Promise<AppException> => {
  const failure: unknown = await verifier.verify(token).then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(failure).toBeInstanceOf(AppException);
  expect((failure as AppException).code).toBe(CommonErrorCode.Unauthenticated);
  return failure as AppException;
};

describe('the platform token verifier against dev-idp', () => {
  let idp: TestIdp;
  let rotated: RunningDevIdp | undefined;
  let signingJwk: JWK & { kid: string };
  let jwksFetches = 0;
  let verifier: TokenVerifier;

  /** A token signed with dev-idp's own key, so only the claims under test are wrong. */
  const forge = async (overrides: JWTPayload, header: Record<string, unknown> = {}) =>
    new SignJWT({ preferred_username: 'chen.office', tenant: 'bazhou', realm_access: { roles: ['office'] }, ...overrides })
      .setProtectedHeader({ alg: 'RS256', kid: signingJwk.kid, ...header })
      .setSubject(OFFICE_IDENTITY.subject)
      .setIssuer(typeof overrides.iss === 'string' ? overrides.iss : idp.issuer)
      .setAudience(overrides.aud ?? 'xieshang-api')
      .setIssuedAt()
      .setExpirationTime(typeof overrides.exp === 'number' ? overrides.exp : now() + 300)
      .sign(await importJWK(signingJwk, 'RS256'));

  beforeAll(async () => {
    idp = await startTestIdp();
    signingJwk = JSON.parse(await readFile(idp.config.DEV_IDP_KEY_FILE, 'utf8')) as JWK & { kid: string };
    verifier = createTokenVerifier({
      issuer: idp.issuer,
      audience: 'xieshang-api',
      jwksCooldownMs: 0,
      fetch: (url, options) => {
        jwksFetches += 1;
        return fetch(url, options);
      },
    });
  });

  afterAll(async () => {
    await rotated?.stop();
    await stopTestIdp(idp);
  });

  it('accepts a token dev-idp issued and maps its claims', async () => {
    const user = await verifier.verify(await accessTokenFor(idp.issuer));
    expect(user).toMatchObject({
      subject: OFFICE_IDENTITY.subject,
      username: 'chen.office',
      displayName: OFFICE_IDENTITY.displayName,
      tenantId: 'bazhou',
      roles: ['office', 'tenant-admin'],
      orgUnitId: OFFICE_IDENTITY.orgUnitId,
    });
    expect(user.expiresAt.getTime()).toBeGreaterThan(Date.now());
  });

  it('refuses an expired token', async () => {
    const failure = await expectUnauthenticated(verifier, await forge({ exp: now() - 120 }));
    expect(failure.message).toMatch(/expired/);
  });

  it('refuses a token that is not valid yet', async () => {
    await expectUnauthenticated(verifier, await forge({ nbf: now() + 300 }));
  });

  it('refuses a token of another issuer', async () => {
    await expectUnauthenticated(verifier, await forge({ iss: 'http://localhost:9999/realms/xieshang' }));
  });

  it('refuses a token for another audience', async () => {
    await expectUnauthenticated(verifier, await forge({ aud: 'another-api' }));
  });

  it('refuses an unsigned token with alg none', async () => {
    const claims = { sub: OFFICE_IDENTITY.subject, iss: idp.issuer, aud: 'xieshang-api', exp: now() + 300, tenant: 'bazhou' };
    await expectUnauthenticated(verifier, `${segment({ alg: 'none', typ: 'JWT' })}.${segment(claims)}.`);
  });

  it('refuses an HS256 token keyed with the bytes of the public key', async () => {
    const publicPem = createPublicKey({ key: signingJwk, format: 'jwk' }).export({ type: 'spki', format: 'pem' });
    const token = await new SignJWT({ tenant: 'bazhou' })
      .setProtectedHeader({ alg: 'HS256', kid: signingJwk.kid })
      .setSubject(OFFICE_IDENTITY.subject)
      .setIssuer(idp.issuer)
      .setAudience('xieshang-api')
      .setExpirationTime(now() + 300)
      .sign(Buffer.from(publicPem));
    await expectUnauthenticated(verifier, token);
  });

  it('refetches the key set for an unknown kid, and still refuses a key it does not publish', async () => {
    await verifier.verify(await accessTokenFor(idp.issuer));
    const fetchesBefore = jwksFetches;
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const token = await new SignJWT({ tenant: 'bazhou' })
      .setProtectedHeader({ alg: 'RS256', kid: 'a-key-nobody-published' })
      .setSubject(OFFICE_IDENTITY.subject)
      .setIssuer(idp.issuer)
      .setAudience('xieshang-api')
      .setExpirationTime(now() + 300)
      .sign(privateKey);
    const failure = await expectUnauthenticated(verifier, token);
    expect(failure.message).toMatch(/unknown key/);
    expect(jwksFetches).toBeGreaterThan(fetchesBefore);
  });

  it('refuses strings that are not tokens', async () => {
    await expectUnauthenticated(verifier, 'not-a-token');
    await expectUnauthenticated(verifier, 'a.b.c');
    await expectUnauthenticated(verifier, '');
  });

  it('picks up a rotated key after dev-idp restarts with a new key file, without a new verifier', async () => {
    const before = await verifier.verify(await accessTokenFor(idp.issuer));
    expect(before.tenantId).toBe('bazhou');
    const oldKid = idp.keyId;
    await idp.stop();

    const config = testIdpConfig(join(idp.keyFolder, 'rotated', 'signing-key.json'), {
      PORT: String(idp.port),
      DEV_IDP_PUBLIC_URL: idp.publicUrl,
    });
    rotated = await startDevIdp(config, { verifyCredential: fixedVerifier });
    expect(rotated.keyId).not.toBe(oldKid);
    expect(rotated.issuer).toBe(idp.issuer);

    const after = await verifier.verify(await accessTokenFor(rotated.issuer));
    expect(after.subject).toBe(OFFICE_IDENTITY.subject);
  });
});
