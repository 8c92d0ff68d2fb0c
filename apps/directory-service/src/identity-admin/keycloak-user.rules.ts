import { isRole, type Role } from '@xieshang/contracts';
import type { IdentityAccount } from './identity-admin.port.js';

/** The user representation Keycloak's admin API takes; the subset the directory sets. */
export interface KeycloakUserFields {
  username: string;
  firstName: string;
  enabled: boolean;
  attributes: Record<string, string[]>;
}

/**
 * A Chinese name is not split into given and family name (複姓 like 欧阳 make that guesswork), so
 * the whole display name goes into `firstName`; tenant and org unit become attributes that
 * protocol mappers put into tokens.
 */
export const toKeycloakUser = (account: IdentityAccount): KeycloakUserFields => ({
  username: account.username,
  firstName: account.displayName,
  enabled: account.enabled,
  attributes: {
    tenant: [account.tenant],
    ...(account.orgUnitId ? { org_unit: [account.orgUnitId] } : {}),
  },
});

export const passwordCredential = (password: string) => ({ type: 'password', value: password, temporary: false });

export interface RoleMappingChanges {
  add: Role[];
  remove: Role[];
}

/**
 * Which realm roles to map and unmap so the user holds exactly the wanted platform roles. Realm
 * roles that are not ours (`default-roles-xieshang`, `offline_access` …) are left alone.
 */
export const roleMappingChanges = (held: readonly (string | undefined)[], wanted: readonly Role[]): RoleMappingChanges => {
  const heldRoles = held.filter((name): name is Role => name !== undefined && isRole(name));
  return {
    add: [...new Set(wanted)].filter((role) => !heldRoles.includes(role)),
    remove: heldRoles.filter((role) => !wanted.includes(role)),
  };
};
