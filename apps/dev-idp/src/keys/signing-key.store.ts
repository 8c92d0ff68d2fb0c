import { generateKeyPairSync } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { calculateJwkThumbprint, type JWK } from 'jose';

/** The RS256 private key dev-idp signs with, as a JWK with `kid`, `alg` and `use` set. */
export type SigningKey = JWK & { kid: string; alg: 'RS256'; use: 'sig' };

const isSigningKey = (value: unknown): value is SigningKey => {
  const jwk = value as Partial<SigningKey> | null;
  return (
    typeof jwk === 'object' &&
    jwk !== null &&
    jwk.kty === 'RSA' &&
    typeof jwk.d === 'string' &&
    typeof jwk.kid === 'string' &&
    jwk.alg === 'RS256'
  );
};

const generateSigningKey = async (): Promise<SigningKey> => {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = privateKey.export({ format: 'jwk' }) as JWK;
  const kid = await calculateJwkThumbprint({ kty: jwk.kty, n: jwk.n, e: jwk.e });
  return { ...jwk, kid, alg: 'RS256', use: 'sig' };
};

/**
 * Loads the signing key from `file` (absolute, or relative to the working directory), creating
 * it and its folder at first start, so tokens stay valid across restarts of a developer machine.
 */
export const loadOrCreateSigningKey = async (file: string): Promise<SigningKey> => {
  const path = resolve(file);
  const existing = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (existing !== undefined) {
    const parsed: unknown = JSON.parse(existing);
    if (!isSigningKey(parsed)) throw new Error(`${path} does not hold an RS256 private JWK with a kid`);
    return parsed;
  }
  const key = await generateSigningKey();
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, `${JSON.stringify(key, null, 2)}\n`, { mode: 0o600 });
  return key;
};
