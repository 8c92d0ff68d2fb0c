import { z } from 'zod';

/**
 * Reads an app's environment once at boot. A missing or bad variable stops the process with one
 * line naming every offending variable, so a misconfigured deployment fails before it serves.
 */
export const loadConfig = <S extends z.ZodObject>(schema: S, env: NodeJS.ProcessEnv = process.env): z.infer<S> => {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
  throw new ConfigError(`Invalid configuration: ${problems}`);
};

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Variables every app shares. */
export const baseConfigSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

/**
 * Where NATS is and who this app is on it: each app has its own NATS user, whose permissions
 * name the subjects it may publish and subscribe to (docs/operations.md). `tls://` in the URL,
 * or `NATS_TLS_CA_FILE` for a private CA, when the connection leaves the host.
 */
export const natsConfigSchema = z.object({
  NATS_URL: z.string().url().default('nats://127.0.0.1:4222'),
  NATS_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(5_000),
  NATS_USER: z.string().min(1).optional(),
  NATS_PASSWORD: z.string().min(1).optional(),
  NATS_TLS_CA_FILE: z.string().min(1).optional(),
});

/** `DATABASE_URL` owns the schema and runs migrations; `DATABASE_APP_URL` is the row-level-security-bound role used at run time. */
export const databaseConfigSchema = z.object({
  DATABASE_URL: z.string().url(),
  DATABASE_APP_URL: z.string().url(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
});

export const oidcConfigSchema = z.object({
  OIDC_ISSUER: z.string().url().default('http://localhost:8080/realms/xieshang'),
  OIDC_AUDIENCE: z.string().min(1).default('xieshang-api'),
});

/** The background work every service runs on its own schema (docs/operations.md). */
export const serviceJobsConfigSchema = z.object({
  /** Published outbox rows older than this are deleted. */
  OUTBOX_RETENTION_HOURS: z.coerce.number().int().min(1).max(8_760).default(72),
  /** Inbox rows (events a consumer has applied), keyed writes and settled deadlines older than this are deleted. */
  INBOX_RETENTION_DAYS: z.coerce.number().int().min(1).max(3_650).default(30),
  /** How often a replica looks for old outbox and inbox rows. */
  RETENTION_INTERVAL_MINUTES: z.coerce.number().int().min(1).max(1_440).default(60),
  /** How often a replica looks for due deadlines; a deadline fires at most this late. */
  DEADLINE_POLL_SECONDS: z.coerce.number().int().min(1).max(3_600).default(15),
});
