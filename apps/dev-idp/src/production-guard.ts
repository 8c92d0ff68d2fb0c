/** dev-idp checks passwords against the directory but has no hardening of an identity provider. */
export class ProductionRefusedError extends Error {
  override name = 'ProductionRefusedError';
  constructor() {
    super('dev-idp is a development identity provider and does not run with NODE_ENV=production; use Keycloak (deploy/keycloak)');
  }
}
