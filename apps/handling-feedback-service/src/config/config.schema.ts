import { serviceConfigSchema } from '@xieshang/platform-runtime';

export const configSchema = serviceConfigSchema(3105);
