import type { AppDescription } from './catalog.mjs';

export interface PlatformSetup {
  nodeEnv: string;
  logLevel: string;
  natsUrl: string;
  adminUrl: string;
  appUrl: string;
  demoPassword: string;
  idpKeyFile: string;
  serviceClientSecret: string;
  poolSize?: Record<string, number>;
  rateLimitPerMinute?: number;
  natsRequestTimeoutMs?: string;
}
export declare const envForApp: (app: AppDescription, setup: PlatformSetup) => Record<string, string>;
export declare const envForConsole: () => Record<string, string>;
