import { ConfigError, loadConfig } from '@xieshang/platform-config';
import { createLogger } from '@xieshang/platform-observability';
import { configSchema } from './config/config.schema.js';
import { ProductionRefusedError } from './production-guard.js';

const refuse = (message: string): never => {
  process.stderr.write(`${message}\n`);
  process.exit(1);
};

const main = async (): Promise<void> => {
  if (process.env['NODE_ENV'] === 'production') refuse(new ProductionRefusedError().message);
  const config = (() => {
    try {
      return loadConfig(configSchema);
    } catch (error) {
      return refuse(error instanceof ConfigError ? error.message : String(error));
    }
  })();
  // Loaded only now, so a refused start prints its one line and nothing from oidc-provider.
  const { startDevIdp } = await import('./dev-idp.js');
  const { connectDirectoryVerifier } = await import('./identity/directory-credential.verifier.js');
  const logger = createLogger('dev-idp', config.LOG_LEVEL);
  const directory = await connectDirectoryVerifier(config, config.NATS_REQUEST_TIMEOUT_MS);
  const idp = await startDevIdp(config, { verifyCredential: directory.verifyCredential, logger });
  logger.info({ issuer: idp.issuer, port: idp.port, kid: idp.keyId }, 'dev-idp is listening');

  const shutdown = async (signal: string): Promise<void> => {
    logger.info({ signal }, 'dev-idp is stopping');
    await idp.stop();
    await directory.close();
    process.exit(0);
  };
  process.once('SIGINT', (signal) => void shutdown(signal));
  process.once('SIGTERM', (signal) => void shutdown(signal));
};

main().catch((error: unknown) => refuse(`dev-idp failed to start: ${error instanceof Error ? error.message : String(error)}`));
