import { z } from 'zod';
import { serviceConfigSchema } from '@xieshang/platform-runtime';
import { keycloakAdminConfigSchema } from '../identity-admin/identity-admin.config.js';

const flag = z.enum(['true', 'false']).default('false').transform((value) => value === 'true');

export const configSchema = serviceConfigSchema(3101).extend({
  /** Seed city 巴中市 with 巴州区 and 恩阳区 and their org units; with demo users unless NODE_ENV=production. */
  SEED_DEMO_DISTRICT: flag,
  DEMO_PASSWORD: z.string().min(8).default('xieshang-demo'),
}).extend(keycloakAdminConfigSchema.shape);

export type DirectoryConfig = z.infer<typeof configSchema>;
