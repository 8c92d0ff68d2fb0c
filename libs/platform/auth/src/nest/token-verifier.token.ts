/** Nest provider token of the `TokenVerifier`; the gateway provides it from its OIDC config. */
export const TOKEN_VERIFIER = Symbol('TOKEN_VERIFIER');
