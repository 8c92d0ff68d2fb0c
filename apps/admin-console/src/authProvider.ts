import type Keycloak from 'keycloak-js';
import type { AuthProvider } from 'react-admin';
import { keycloakAuthProvider } from 'ra-keycloak';
import { mayAccess } from './access/access.rules.js';
import { currentSituation } from './access/current-user.js';
import { keycloakClient } from './keycloakClient.js';

/** What the console knows of the signed-in user before it asks the gateway. */
export interface ConsolePermissions {
  roles: string[];
}

export const createAuthProvider = (keycloak: Keycloak): AuthProvider => {
  const base = keycloakAuthProvider(keycloak, {
    initOptions: { pkceMethod: 'S256', checkLoginIframe: false },
    onPermissions: (token): ConsolePermissions => ({ roles: token.realm_access?.roles ?? [] }),
  });
  return {
    ...base,
    // A visitor who never signed in has no session at the identity provider to end; sending
    // them there first would only delay the way to the login page.
    async logout(params) {
      if (keycloak.didInitialize && !keycloak.authenticated) return undefined;
      return base.logout(params);
    },
    // ra-keycloak shows the login name; people know themselves by their display name.
    async getIdentity() {
      const identity = await base.getIdentity!();
      const token = keycloak.tokenParsed;
      const fullName = typeof token?.name === 'string' && token.name ? token.name : identity.fullName;
      return { ...identity, fullName };
    },
    // Menus, routes and buttons ask here; the answer follows the token's roles and the picked district.
    async canAccess({ resource, action }) {
      return mayAccess(currentSituation(keycloak), resource, action);
    },
  };
};

export const authProvider = createAuthProvider(keycloakClient);
