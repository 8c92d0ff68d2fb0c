import { CONSOLE_URL, GATEWAY_URL, IDP_PUBLIC_URL, OIDC_AUDIENCE, OIDC_ISSUER } from './catalog.mjs';

/**
 * The environment of one app, from what the launcher set up. Only the variables of the app's
 * config schema are set here; the parent's environment passes through underneath, so an operator
 * may still add any of them (LOG_LEVEL, RATE_LIMIT_PER_MINUTE …) from the shell.
 */
export const envForApp = (app, setup) => {
  const common = {
    NODE_ENV: setup.nodeEnv,
    LOG_LEVEL: setup.logLevel,
    PORT: String(app.port),
    NATS_URL: setup.natsUrl,
    // Each app is its own NATS user; the password is made per run and only ever passed this way.
    ...(setup.natsCredentials?.[app.name]
      ? { NATS_USER: setup.natsCredentials[app.name].user, NATS_PASSWORD: setup.natsCredentials[app.name].password }
      : {}),
  };
  if (app.kind === 'service') {
    return {
      ...common,
      DATABASE_URL: setup.adminUrl,
      DATABASE_APP_URL: setup.appUrls[app.name],
      DATABASE_POOL_SIZE: String(setup.poolSize?.[app.name] ?? setup.poolSize?.default ?? 5),
      ...(app.name === 'directory-service'
        ? { SEED_DEMO_DISTRICT: 'true', DEMO_PASSWORD: setup.demoPassword }
        : {}),
    };
  }
  if (app.kind === 'idp') {
    return {
      ...common,
      DEV_IDP_PUBLIC_URL: IDP_PUBLIC_URL,
      DEV_IDP_KEY_FILE: setup.idpKeyFile,
      DEV_IDP_CONSOLE_ORIGINS: CONSOLE_URL,
      DEV_IDP_SERVICE_CLIENT_SECRET: setup.serviceClientSecret,
      OIDC_AUDIENCE,
    };
  }
  return {
    ...common,
    METRICS_PORT: String(app.metricsPort),
    NATS_REQUEST_TIMEOUT_MS: setup.natsRequestTimeoutMs ?? process.env.NATS_REQUEST_TIMEOUT_MS ?? '5000',
    OIDC_ISSUER,
    OIDC_AUDIENCE,
    // Uploaded documents: under the run's own directory (`.data/storage` for npm start).
    ...(setup.storageDir ? { STORAGE_DRIVER: 'fs', STORAGE_DIR: setup.storageDir } : {}),
    ...(setup.rateLimitPerMinute
      ? { RATE_LIMIT_PER_MINUTE: String(setup.rateLimitPerMinute), RATE_LIMIT_PER_ADDRESS_PER_MINUTE: String(setup.rateLimitPerMinute) }
      : {}),
  };
};

/** The console's dev and preview servers proxy `/api` to the gateway. */
export const envForConsole = () => ({ XS_GATEWAY_URL: GATEWAY_URL });
