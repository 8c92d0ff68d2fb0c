import { envForApp, type PlatformSetup } from './app-env.mjs';
import { APPS, OIDC_ISSUER } from './catalog.mjs';

const setup: PlatformSetup = {
  nodeEnv: 'test',
  logLevel: 'info',
  natsUrl: 'nats://127.0.0.1:4222',
  adminUrl: 'postgres://postgres@127.0.0.1:5432/xieshang_test_1',
  appUrls: {
    'directory-service': 'postgres://xieshang_directory:d@127.0.0.1:5432/xieshang_test_1',
    'meeting-service': 'postgres://xieshang_meeting:m@127.0.0.1:5432/xieshang_test_1',
  },
  demoPassword: 'demo',
  idpKeyFile: '/tmp/key.json',
  storageDir: '/tmp/run/storage',
  serviceClientSecret: 'secret',
  poolSize: { default: 4, 'directory-service': 20 },
};
const app = (name: string) => {
  const found = APPS.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no app ${name}`);
  return found;
};

describe('the environment the launcher gives each app', () => {
  it('gives every service both database URLs (the run-time one as its own role), its own port and its pool size', () => {
    const env = envForApp(app('meeting-service'), setup);
    expect(env).toMatchObject({ PORT: '3103', DATABASE_URL: setup.adminUrl, DATABASE_APP_URL: setup.appUrls['meeting-service'], DATABASE_POOL_SIZE: '4' });
    expect(envForApp(app('directory-service'), setup).DATABASE_APP_URL).toBe(setup.appUrls['directory-service']);
    expect(envForApp(app('directory-service'), setup).DATABASE_POOL_SIZE).toBe('20');
  });

  it('asks only directory-service to seed the demo district, with the demo password', () => {
    expect(envForApp(app('directory-service'), setup)).toMatchObject({ SEED_DEMO_DISTRICT: 'true', DEMO_PASSWORD: 'demo' });
    expect(envForApp(app('planning-service'), setup)).not.toHaveProperty('SEED_DEMO_DISTRICT');
  });

  it('gives the gateway the issuer, its metrics port apart from the public one, and no database', () => {
    const env = envForApp(app('api-gateway'), setup);
    expect(env).toMatchObject({ PORT: '3000', METRICS_PORT: '9464', OIDC_ISSUER, OIDC_AUDIENCE: 'xieshang-api' });
    expect(env).not.toHaveProperty('DATABASE_URL');
  });

  it('gives only the gateway the run’s document storage directory', () => {
    expect(envForApp(app('api-gateway'), setup)).toMatchObject({ STORAGE_DRIVER: 'fs', STORAGE_DIR: '/tmp/run/storage' });
    expect(envForApp(app('meeting-service'), setup)).not.toHaveProperty('STORAGE_DIR');
  });

  it('gives dev-idp its key file, public URL and the console origin', () => {
    expect(envForApp(app('dev-idp'), setup)).toMatchObject({
      PORT: '8080',
      DEV_IDP_KEY_FILE: '/tmp/key.json',
      DEV_IDP_PUBLIC_URL: 'http://localhost:8080',
      DEV_IDP_CONSOLE_ORIGINS: 'http://localhost:4200',
    });
  });

  it('starts directory-service alone, before every other app', () => {
    const first = APPS.filter((candidate) => candidate.tier === Math.min(...APPS.map((each) => each.tier)));
    expect(first.map((candidate) => candidate.name)).toEqual(['directory-service']);
  });
});
