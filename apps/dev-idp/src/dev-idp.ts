import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { createLogger, metricsRegistry, type Logger } from '@xieshang/platform-observability';
import type { DevIdpConfig } from './config/config.schema.js';
import type { VerifyCredential } from './identity/credential-verifier.js';
import { IdentityRegistry } from './identity/identity.registry.js';
import { consoleCors } from './http/cors.middleware.js';
import { errorPage } from './http/error.middleware.js';
import { loadOrCreateSigningKey } from './keys/signing-key.store.js';
import { loginRoutes } from './login/login.routes.js';
import { createProvider } from './oidc/provider.factory.js';
import { REALM_PATH } from './oidc/realm.js';
import { ProductionRefusedError } from './production-guard.js';

export { ProductionRefusedError };

export interface DevIdpOptions {
  verifyCredential: VerifyCredential;
  logger?: Logger;
}

export interface RunningDevIdp {
  /** `${publicUrl}/realms/xieshang`, the `iss` of every token. */
  issuer: string;
  publicUrl: string;
  port: number;
  keyId: string;
  stop(): Promise<void>;
}

const listen = (server: Server, port: number): Promise<number> =>
  new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, () => resolve((server.address() as AddressInfo).port));
  });

/** On port 0 (tests) the public URL follows the port that was actually bound. */
const publicUrlFor = (configured: string, requestedPort: number, boundPort: number): string => {
  if (requestedPort !== 0) return configured;
  const url = new URL(configured);
  url.port = String(boundPort);
  return url.origin;
};

/** Starts the provider on `config.PORT`; the caller decides how passwords are checked. */
export const startDevIdp = async (config: DevIdpConfig, options: DevIdpOptions): Promise<RunningDevIdp> => {
  if (config.NODE_ENV === 'production') throw new ProductionRefusedError();
  const logger = options.logger ?? createLogger('dev-idp', config.LOG_LEVEL);
  const signingKey = await loadOrCreateSigningKey(config.DEV_IDP_KEY_FILE);
  const app = express();
  app.disable('x-powered-by');
  const server = createServer(app);
  const port = await listen(server, config.PORT);
  const publicUrl = publicUrlFor(config.DEV_IDP_PUBLIC_URL, config.PORT, port);
  const issuer = `${publicUrl}${REALM_PATH}`;

  const identities = new IdentityRegistry();
  const { verifyCredential } = options;
  const provider = createProvider({ config, issuer, signingKey, identities, verifyCredential, logger });

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/metrics', async (_req, res) => {
    res.type(metricsRegistry.contentType).send(await metricsRegistry.metrics());
  });
  app.use(REALM_PATH, consoleCors(config.DEV_IDP_CONSOLE_ORIGINS));
  app.use(loginRoutes({ provider, verifyCredential, identities, logger }));
  app.use(REALM_PATH, provider.callback());
  app.use(errorPage(logger));

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= new Promise<void>((resolve, reject) => {
      server.close((error) => (error ? reject(error) : resolve()));
      server.closeAllConnections();
    });
    return stopping;
  };
  return { issuer, publicUrl, port, keyId: signingKey.kid, stop };
};
