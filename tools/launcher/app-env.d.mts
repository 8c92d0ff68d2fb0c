import type { AppDescription } from './catalog.mjs';

export interface PlatformSetup {
  nodeEnv: string;
  logLevel: string;
  natsUrl: string;
  /** Each app's own NATS user and password, by app name. */
  natsCredentials?: Record<string, { user: string; password: string }>;
  adminUrl: string;
  /** Each service's run-time URL (its own role), by app name. */
  appUrls: Record<string, string>;
  demoPassword: string;
  idpKeyFile: string;
  serviceClientSecret: string;
  poolSize?: Record<string, number>;
  rateLimitPerMinute?: number;
  natsRequestTimeoutMs?: string;
  /** Where the gateway keeps uploaded documents (the fs driver's directory). */
  storageDir?: string;
}
export declare const envForApp: (app: AppDescription, setup: PlatformSetup) => Record<string, string>;
export declare const envForConsole: () => Record<string, string>;
