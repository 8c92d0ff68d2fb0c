export interface AppDescription {
  name: string;
  port: number;
  /** Where an app serves /metrics when not on its own port (the gateway). */
  metricsPort?: number;
  tier: number;
  kind: 'service' | 'idp' | 'gateway';
  /** A service's PostgreSQL schema; it runs as the role `xieshang_<schema>`. */
  schema?: string;
}
export declare const REPO_ROOT: string;
export declare const DATA_DIR: string;
export declare const APPS: readonly AppDescription[];
export declare const CONSOLE: { name: string; port: number; configFile: string };
export declare const GATEWAY_URL: string;
export declare const GATEWAY_METRICS_URL: string;
export declare const CONSOLE_URL: string;
export declare const IDP_PUBLIC_URL: string;
export declare const OIDC_ISSUER: string;
export declare const OIDC_AUDIENCE: string;
export declare const DEFAULT_DEMO_PASSWORD: string;
export declare const BUILD_COMMAND: string;
export declare const appEntry: (app: AppDescription) => string;
export declare const appConfigSchemaModule: (app: AppDescription) => string;
