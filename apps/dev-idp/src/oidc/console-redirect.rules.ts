/**
 * keycloak-js sends the page it is on as `redirect_uri`, and Keycloak matches it against
 * `http://localhost:4200/*`. oidc-provider wants exact URIs, so the console's check is this instead.
 */
export const isUnderOrigins = (uri: string, origins: readonly string[]): boolean => {
  const parsed = URL.parse(uri);
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) return false;
  if (parsed.username || parsed.password) return false;
  return origins.some((origin) => URL.parse(origin)?.origin === parsed.origin);
};
