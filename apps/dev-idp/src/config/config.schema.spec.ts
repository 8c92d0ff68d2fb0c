import { ConfigError, loadConfig } from '@xieshang/platform-config';
import { configSchema } from './config.schema.js';

describe('dev-idp config', () => {
  it('defaults to Keycloak-like local settings', () => {
    expect(loadConfig(configSchema, {})).toMatchObject({
      PORT: 8080,
      DEV_IDP_PUBLIC_URL: 'http://localhost:8080',
      DEV_IDP_KEY_FILE: '.data/dev-idp/signing-key.json',
      DEV_IDP_CONSOLE_ORIGINS: ['http://localhost:4200'],
      OIDC_AUDIENCE: 'xieshang-api',
    });
  });

  it('reads several console origins and drops a trailing slash of the public URL', () => {
    const config = loadConfig(configSchema, {
      DEV_IDP_CONSOLE_ORIGINS: 'http://localhost:4200, https://console.example.org',
      DEV_IDP_PUBLIC_URL: 'https://idp.example.org/',
    });
    expect(config.DEV_IDP_CONSOLE_ORIGINS).toEqual(['http://localhost:4200', 'https://console.example.org']);
    expect(config.DEV_IDP_PUBLIC_URL).toBe('https://idp.example.org');
  });

  it('names the bad variable', () => {
    expect(() => loadConfig(configSchema, { DEV_IDP_CONSOLE_ORIGINS: 'not-an-origin' })).toThrow(ConfigError);
    expect(() => loadConfig(configSchema, { DEV_IDP_CONSOLE_ORIGINS: 'not-an-origin' })).toThrow(/DEV_IDP_CONSOLE_ORIGINS/);
  });
});
