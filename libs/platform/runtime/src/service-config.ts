import { z } from 'zod';
import { baseConfigSchema, databaseConfigSchema, natsConfigSchema, serviceJobsConfigSchema } from '@xieshang/platform-config';

/** The variables of every NestJS service: its HTTP port (health, readiness, metrics), NATS, PostgreSQL and its background jobs. */
export const serviceConfigSchema = (defaultPort: number) =>
  baseConfigSchema
    .extend(natsConfigSchema.shape)
    .extend(databaseConfigSchema.shape)
    .extend(serviceJobsConfigSchema.shape)
    .extend({ PORT: z.coerce.number().int().min(0).max(65535).default(defaultPort) });

export type ServiceConfig = z.infer<ReturnType<typeof serviceConfigSchema>>;
