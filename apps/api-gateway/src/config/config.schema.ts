import { z } from 'zod';
import { baseConfigSchema, natsConfigSchema, oidcConfigSchema } from '@xieshang/platform-config';
import { storageConfigSchema } from '@xieshang/platform-storage';

export const configSchema = baseConfigSchema
  .extend(natsConfigSchema.shape)
  .extend(oidcConfigSchema.shape)
  // Where uploaded documents are kept (docs/operations.md, Document storage).
  .extend(storageConfigSchema.shape)
  .extend({
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    /** `/metrics` is served here, apart from the public port; never publish it. */
    METRICS_PORT: z.coerce.number().int().min(0).max(65535).default(9464),
    METRICS_HOST: z.string().min(1).default('0.0.0.0'),
    /** The OpenAPI page and document (`/api/docs`, `/api/openapi.json`); unset: on, except in production. */
    API_DOCS_ENABLED: z.enum(['true', 'false']).optional(),
    /** Where the gateway fetches signing keys when it reaches the identity provider by another address than the issuer's. */
    OIDC_JWKS_URI: z.string().url().optional(),
    /** Requests one signed-in user may make per minute, per gateway replica. */
    RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(1200),
    /** Requests one client address may make per minute, per replica, counted before the token is checked. */
    RATE_LIMIT_PER_ADDRESS_PER_MINUTE: z.coerce.number().int().min(1).default(6000),
    CORS_ORIGINS: z.string().default('http://localhost:4200'),
    IDEMPOTENCY_TTL_HOURS: z.coerce.number().int().min(1).max(168).default(24),
    /** How far back each replica reads disabled people at start: at least the longest access token's life. */
    REVOCATION_LOOKBACK_MINUTES: z.coerce.number().int().min(1).max(10_080).default(1_440),
  });

export type GatewayConfig = z.infer<typeof configSchema>;

export const apiDocsEnabled = (config: Pick<GatewayConfig, 'API_DOCS_ENABLED' | 'NODE_ENV'>): boolean =>
  config.API_DOCS_ENABLED === undefined ? config.NODE_ENV !== 'production' : config.API_DOCS_ENABLED === 'true';
