import { loadConfig } from '@xieshang/platform-config';
import { configSchema } from './config/config.schema.js';
import { ProductionRefusedError, startDevIdp } from './dev-idp.js';

describe('startDevIdp', () => {
  it('refuses to start in production', async () => {
    const config = loadConfig(configSchema, { NODE_ENV: 'production', PORT: '0' });
    await expect(startDevIdp(config, { verifyCredential: async () => null })).rejects.toThrow(ProductionRefusedError);
  });
});
