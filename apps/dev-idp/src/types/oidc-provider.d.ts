/**
 * The part of `oidc-provider` 9 that dev-idp uses. The package ships JavaScript only; these
 * declarations keep dev-idp type-checked without a loose `any` at every call.
 */
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  export type JsonObject = Record<string, unknown>;

  export interface ClientModel {
    clientId: string;
    clientAuthMethod: string;
    redirectUris: string[];
    grantTypeAllowed(grantType: string): boolean;
  }

  export interface ClientClass {
    prototype: {
      redirectUriAllowed(this: ClientModel, value: string): boolean;
      postLogoutRedirectUriAllowed(this: ClientModel, value: string): boolean;
    };
  }

  export interface TokenModel {
    kind: string;
    jti: string;
    accountId?: string;
    clientId?: string;
    iat?: number;
    exp?: number;
    expiration: number;
    scope?: string;
    tokenType: string;
    save(): Promise<string>;
  }

  export interface RefreshTokenClass {
    prototype: { generateTokenId(this: TokenModel): string };
  }

  export interface ResourceServerInfo {
    scope: string;
    audience?: string;
    accessTokenTTL?: number;
    accessTokenFormat?: 'opaque' | 'jwt';
    jwt?: { sign?: { alg: string; kid?: string } };
  }

  export interface ResourceServer {
    identifier(): string;
  }

  export interface AccessTokenInit {
    accountId: string;
    client: ClientModel;
    grantId: string;
    gty: string;
    scope?: string;
    resourceServer: ResourceServer;
  }

  export interface GrantModel {
    addOIDCScope(scope: string): void;
    addResourceScope(resource: string, scope: string): void;
    save(): Promise<string>;
  }

  export interface IdTokenModel {
    scope: string;
    issue(options: { use: 'idtoken' }): Promise<string>;
  }

  export interface Account {
    accountId: string;
    claims(use: string, scope: string): Promise<JsonObject> | JsonObject;
  }

  export interface Session {
    accountId?: string;
    grantIdFor(clientId: string): string | undefined;
  }

  export interface OIDCContext {
    client?: ClientModel;
    params?: Record<string, string | undefined>;
    session?: Session;
    result?: { consent?: { grantId?: string } };
    provider: Provider;
    route: string;
  }

  export interface KoaContextWithOIDC {
    oidc: OIDCContext;
    body: unknown;
    host: string;
    type: string;
    status: number;
  }

  export interface InteractionDetails {
    uid: string;
    prompt: { name: string; details: JsonObject };
    params: Record<string, unknown>;
    session?: { accountId: string };
  }

  export interface InteractionResults {
    login?: { accountId: string; remember?: boolean };
    consent?: { grantId?: string };
    error?: string;
    error_description?: string;
  }

  export type Configuration = Record<string, unknown>;

  export class OIDCProviderError extends Error {
    status: number;
    statusCode: number;
    error: string;
    error_description?: string;
  }

  export const errors: {
    CustomOIDCProviderError: new (error: string, description: string) => OIDCProviderError;
    InvalidRequest: new (description: string) => OIDCProviderError;
    TemporarilyUnavailable: new (description: string) => OIDCProviderError;
  };

  export default class Provider {
    constructor(issuer: string, configuration: Configuration);
    readonly issuer: string;
    readonly Client: ClientClass;
    readonly RefreshToken: RefreshTokenClass;
    readonly Grant: {
      new (init: { clientId: string; accountId: string }): GrantModel;
      find(id: string): Promise<GrantModel | undefined>;
    };
    readonly AccessToken: new (init: AccessTokenInit) => TokenModel;
    readonly IdToken: new (claims: JsonObject, options: { ctx: KoaContextWithOIDC }) => IdTokenModel;
    readonly ResourceServer: new (identifier: string, info: ResourceServerInfo) => ResourceServer;
    callback(): (req: IncomingMessage, res: ServerResponse) => void;
    registerGrantType(
      name: string,
      handler: (ctx: KoaContextWithOIDC) => Promise<void>,
      params?: string[],
    ): void;
    interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<InteractionDetails>;
    interactionFinished(
      req: IncomingMessage,
      res: ServerResponse,
      result: InteractionResults,
      options?: { mergeWithLastSubmission?: boolean },
    ): Promise<void>;
    on(event: string, listener: (...args: unknown[]) => void): this;
  }
}
