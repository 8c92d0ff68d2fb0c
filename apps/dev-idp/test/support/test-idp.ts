import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { VerifiedIdentity } from '@xieshang/contracts';
import { loadConfig } from '@xieshang/platform-config';
import { configSchema, type DevIdpConfig } from '../../src/config/config.schema.js';
import { startDevIdp, type RunningDevIdp } from '../../src/dev-idp.js';
import type { VerifyCredential } from '../../src/identity/credential-verifier.js';

export const CONSOLE_ORIGIN = 'http://localhost:4200';
export const SERVICE_SECRET = 'test-service-secret-0123456789';
export const OFFICE_USER = { username: 'chen.office', password: 'correct horse battery staple' };

export const OFFICE_IDENTITY: VerifiedIdentity = {
  subject: '5b0f1c1e-4d7a-4c3e-9a51-3f8f2b7d9c10',
  username: OFFICE_USER.username,
  displayName: '陈晓 Chen Xiao',
  tenant: 'bazhou',
  roles: ['office', 'tenant-admin'],
  orgUnitId: 'c7d0e1f2-0000-4000-8000-000000000001',
};

/**
 * The directory's answer for one fixed person. The path through NATS to directory-service's
 * scrypt check is covered by the platform's end-to-end test, where dev-idp runs as `main.ts` does.
 */
export const fixedVerifier: VerifyCredential = async ({ username, password }) =>
  username === OFFICE_USER.username && password === OFFICE_USER.password ? OFFICE_IDENTITY : null;

export interface TestIdp extends RunningDevIdp {
  config: DevIdpConfig;
  keyFolder: string;
}

export const testIdpConfig = (keyFile: string, overrides: Record<string, string> = {}): DevIdpConfig =>
  loadConfig(configSchema, {
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    PORT: '0',
    DEV_IDP_KEY_FILE: keyFile,
    DEV_IDP_CONSOLE_ORIGINS: CONSOLE_ORIGIN,
    DEV_IDP_SERVICE_CLIENT_SECRET: SERVICE_SECRET,
    ...overrides,
  });

/** A dev-idp on a random port with a fresh key in a temporary folder. */
export const startTestIdp = async (overrides: Record<string, string> = {}): Promise<TestIdp> => {
  const keyFolder = await mkdtemp(join(tmpdir(), 'xieshang-dev-idp-'));
  const config = testIdpConfig(join(keyFolder, 'keys', 'signing-key.json'), overrides);
  const idp = await startDevIdp(config, { verifyCredential: fixedVerifier });
  return { ...idp, config, keyFolder };
};

export const stopTestIdp = async (idp: TestIdp | undefined): Promise<void> => {
  if (!idp) return;
  await idp.stop();
  await rm(idp.keyFolder, { recursive: true, force: true });
};

export const passwordGrant = (issuer: string, fields: Record<string, string>): Promise<Response> =>
  fetch(`${issuer}/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: 'xieshang-cli', scope: 'openid', ...fields }).toString(),
  });

export const accessTokenFor = async (issuer: string, user = OFFICE_USER): Promise<string> => {
  const response = await passwordGrant(issuer, user);
  const body = (await response.json()) as { access_token?: string; error?: string };
  if (!body.access_token) throw new Error(`password grant failed with ${response.status} ${body.error ?? ''}`);
  return body.access_token;
};
