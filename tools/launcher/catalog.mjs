import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DATA_DIR = path.join(REPO_ROOT, '.data');

/**
 * Every app the launcher runs, in start order. `tier` groups apps that may start together; a
 * tier starts only when the one before it answers, because directory-service migrates and seeds
 * the tenants the others read, and dev-idp verifies passwords through directory-service.
 * A service's `schema` is its PostgreSQL schema; it runs as the role `xieshang_<schema>`.
 */
export const APPS = [
  { name: 'directory-service', port: 3101, tier: 0, kind: 'service', schema: 'directory' },
  { name: 'planning-service', port: 3102, tier: 1, kind: 'service', schema: 'planning' },
  { name: 'meeting-service', port: 3103, tier: 1, kind: 'service', schema: 'meeting' },
  { name: 'written-consultation-service', port: 3104, tier: 1, kind: 'service', schema: 'written_consultation' },
  { name: 'handling-feedback-service', port: 3105, tier: 1, kind: 'service', schema: 'handling_feedback' },
  { name: 'notification-service', port: 3106, tier: 1, kind: 'service', schema: 'notification' },
  { name: 'dev-idp', port: 8080, tier: 2, kind: 'idp' },
  // `metricsPort`: the gateway serves /metrics apart from its public port.
  { name: 'api-gateway', port: 3000, metricsPort: 9464, tier: 3, kind: 'gateway' },
];

export const CONSOLE = { name: 'admin-console', port: 4200, configFile: 'apps/admin-console/vite.config.ts' };

export const GATEWAY_URL = 'http://localhost:3000';
export const GATEWAY_METRICS_URL = 'http://localhost:9464';
export const CONSOLE_URL = `http://localhost:${CONSOLE.port}`;
export const IDP_PUBLIC_URL = 'http://localhost:8080';
export const OIDC_ISSUER = `${IDP_PUBLIC_URL}/realms/xieshang`;
export const OIDC_AUDIENCE = 'xieshang-api';
export const DEFAULT_DEMO_PASSWORD = 'xieshang-demo';

export const BUILD_COMMAND = 'npx tsc -b tsconfig.build.json';

export const appEntry = (app) => path.join(REPO_ROOT, 'apps', app.name, 'dist', 'main.js');
export const appConfigSchemaModule = (app) =>
  path.join(REPO_ROOT, 'apps', app.name, 'dist', 'config', 'config.schema.js');
