import { z } from 'zod';
import { baseConfigSchema, natsConfigSchema, oidcConfigSchema } from '@xieshang/platform-config';

const originList = z
  .string()
  .min(1)
  .transform((value) => value.split(',').map((origin) => origin.trim()).filter(Boolean))
  .pipe(z.array(z.string().url()).min(1));

/** dev-idp's environment. Its issuer is `${DEV_IDP_PUBLIC_URL}/realms/xieshang`, as Keycloak's would be. */
export const configSchema = baseConfigSchema.extend({
  NATS_URL: natsConfigSchema.shape.NATS_URL,
  NATS_REQUEST_TIMEOUT_MS: natsConfigSchema.shape.NATS_REQUEST_TIMEOUT_MS,
  NATS_USER: natsConfigSchema.shape.NATS_USER,
  NATS_PASSWORD: natsConfigSchema.shape.NATS_PASSWORD,
  NATS_TLS_CA_FILE: natsConfigSchema.shape.NATS_TLS_CA_FILE,
  OIDC_AUDIENCE: oidcConfigSchema.shape.OIDC_AUDIENCE,
  PORT: z.coerce.number().int().min(0).max(65_535).default(8080),
  DEV_IDP_PUBLIC_URL: z
    .string()
    .url()
    .default('http://localhost:8080')
    .transform((url) => url.replace(/\/+$/, '')),
  DEV_IDP_KEY_FILE: z.string().min(1).default('.data/dev-idp/signing-key.json'),
  /** Comma-separated origins of the admin console: its redirect URIs, logout targets and CORS. */
  DEV_IDP_CONSOLE_ORIGINS: originList.default(['http://localhost:4200']),
  DEV_IDP_SERVICE_CLIENT_SECRET: z.string().min(16).default('xieshang-service-secret'),
});

export type DevIdpConfig = z.infer<typeof configSchema>;
