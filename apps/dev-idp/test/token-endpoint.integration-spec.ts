import { createLocalJWKSet, decodeProtectedHeader, jwtVerify, type JSONWebKeySet } from 'jose';
import {
  CONSOLE_ORIGIN,
  OFFICE_IDENTITY,
  OFFICE_USER,
  SERVICE_SECRET,
  passwordGrant,
  startTestIdp,
  stopTestIdp,
  type TestIdp,
} from './support/test-idp.js';

interface TokenReply {
  access_token?: string;
  id_token?: string;
  refresh_token?: string;
  token_type?: string;
  error?: string;
  error_description?: string;
}

describe('dev-idp token endpoint', () => {
  let idp: TestIdp;
  let keys: ReturnType<typeof createLocalJWKSet>;

  beforeAll(async () => {
    idp = await startTestIdp();
    const jwks = (await (await fetch(`${idp.issuer}/protocol/openid-connect/certs`)).json()) as JSONWebKeySet;
    keys = createLocalJWKSet(jwks);
  });

  afterAll(() => stopTestIdp(idp));

  it('answers /health with status ok', async () => {
    const response = await fetch(`${idp.publicUrl}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('exposes Prometheus metrics', async () => {
    const response = await fetch(`${idp.publicUrl}/metrics`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('process_cpu_seconds_total');
  });

  it('publishes a discovery document with Keycloak paths under the realm', async () => {
    const response = await fetch(`${idp.issuer}/.well-known/openid-configuration`);
    expect(response.status).toBe(200);
    const discovery = (await response.json()) as Record<string, unknown>;
    const oidc = `${idp.issuer}/protocol/openid-connect`;
    expect(discovery).toMatchObject({
      issuer: idp.issuer,
      authorization_endpoint: `${oidc}/auth`,
      token_endpoint: `${oidc}/token`,
      jwks_uri: `${oidc}/certs`,
      userinfo_endpoint: `${oidc}/userinfo`,
      end_session_endpoint: `${oidc}/logout`,
      introspection_endpoint: `${oidc}/token/introspect`,
      revocation_endpoint: `${oidc}/revoke`,
    });
    expect(discovery['grant_types_supported']).toEqual(expect.arrayContaining(['authorization_code', 'password', 'client_credentials']));
  });

  it('publishes the signing key with its kid at certs, without the private part', async () => {
    const jwks = (await (await fetch(`${idp.issuer}/protocol/openid-connect/certs`)).json()) as JSONWebKeySet;
    expect(jwks.keys).toHaveLength(1);
    expect(jwks.keys[0]).toMatchObject({ kty: 'RSA', kid: idp.keyId, alg: 'RS256', use: 'sig' });
    expect(jwks.keys[0]).not.toHaveProperty('d');
  });

  it('issues an RS256 JWT access token with Keycloak claims on the password grant of xieshang-cli', async () => {
    const response = await passwordGrant(idp.issuer, OFFICE_USER);
    expect(response.status).toBe(200);
    const body = (await response.json()) as TokenReply;
    expect(body.token_type).toBe('Bearer');
    expect(decodeProtectedHeader(body.access_token ?? '')).toMatchObject({ alg: 'RS256', kid: idp.keyId });

    const { payload } = await jwtVerify(body.access_token ?? '', keys, { issuer: idp.issuer, audience: 'xieshang-api' });
    expect(payload).toMatchObject({
      sub: OFFICE_IDENTITY.subject,
      preferred_username: OFFICE_IDENTITY.username,
      name: OFFICE_IDENTITY.displayName,
      realm_access: { roles: ['office', 'tenant-admin'] },
      tenant: 'bazhou',
      org_unit: OFFICE_IDENTITY.orgUnitId,
      azp: 'xieshang-cli',
      typ: 'Bearer',
    });

    const idToken = await jwtVerify(body.id_token ?? '', keys, { issuer: idp.issuer, audience: 'xieshang-cli' });
    expect(idToken.payload).toMatchObject({ sub: OFFICE_IDENTITY.subject, tenant: 'bazhou', realm_access: { roles: ['office', 'tenant-admin'] } });
  });

  it('refuses a wrong password with 401 invalid_grant', async () => {
    const response = await passwordGrant(idp.issuer, { username: OFFICE_USER.username, password: 'wrong' });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: 'invalid_grant' });
  });

  it('refuses the password grant to the console client, which has no direct access grants', async () => {
    const response = await passwordGrant(idp.issuer, { ...OFFICE_USER, client_id: 'xieshang-console' });
    expect(response.status).toBe(400);
    expect(((await response.json()) as TokenReply).error).toBeDefined();
  });

  it('issues a service token on client_credentials with the xieshang-service secret', async () => {
    const response = await fetch(`${idp.issuer}/protocol/openid-connect/token`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        Authorization: `Basic ${Buffer.from(`xieshang-service:${SERVICE_SECRET}`).toString('base64')}`,
      },
      body: 'grant_type=client_credentials',
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as TokenReply;
    const { payload } = await jwtVerify(body.access_token ?? '', keys, { issuer: idp.issuer, audience: 'xieshang-api' });
    expect(payload).toMatchObject({ sub: 'xieshang-service', azp: 'xieshang-service', realm_access: { roles: [] } });
    expect(payload).not.toHaveProperty('tenant');
  });

  it('refuses client_credentials with a wrong secret', async () => {
    const response = await fetch(`${idp.issuer}/protocol/openid-connect/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'client_credentials', client_id: 'xieshang-service', client_secret: 'not-the-secret' }).toString(),
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: 'invalid_client' });
  });

  it('answers a CORS preflight from the console origin with credentials allowed', async () => {
    const response = await fetch(`${idp.issuer}/protocol/openid-connect/token`, {
      method: 'OPTIONS',
      headers: { Origin: CONSOLE_ORIGIN, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(CONSOLE_ORIGIN);
    expect(response.headers.get('access-control-allow-credentials')).toBe('true');
  });

  it('gives no CORS grant to another origin', async () => {
    const response = await fetch(`${idp.issuer}/protocol/openid-connect/certs`, { headers: { Origin: 'http://evil.example' } });
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
  });
});
