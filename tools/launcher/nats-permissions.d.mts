export interface NatsUser {
  user: string;
  permissions: { publish: string[]; subscribe: string[] };
}
export declare const natsUsers: (options?: { testRunner?: boolean; devIdp?: boolean }) => NatsUser[];
export declare const TEST_RUNNER_USER: string;
export declare const passwordVariable: (user: string) => string;
export declare const natsAuthorizationConfig: (users: NatsUser[]) => string;
