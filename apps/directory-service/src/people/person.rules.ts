import {
  DirectoryErrorCode,
  type ErrorCode,
  GRANTABLE_ROLES,
  isRole,
  MIN_PASSWORD_LENGTH,
  PersonAdminErrorCode,
  type FieldError,
  type Role,
} from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';
import type { IdentityAccount } from '../identity-admin/identity-admin.port.js';
import { brokenUniqueConstraint } from '../org-units/unique-violation.rules.js';

/** `username text not null unique` of directory.people, as PostgreSQL names it: unique across all tenants. */
export const USERNAME_CONSTRAINT = 'people_username_key';

const refuse = (code: ErrorCode, path: string, message: string): AppException =>
  new AppException(code, `${path} ${message}`, { fields: [{ path, message }] });

export const personNotFound = (id: string): AppException =>
  new AppException(DirectoryErrorCode.PersonNotFound, `Person ${id} was not found`, { entity: 'person', id });

/**
 * The roles a tenant administrator may set: known roles they may grant, plus any role the person
 * already holds (so editing a person does not strip what a platform administrator gave them).
 */
export const grantableRoles = (wanted: readonly string[], held: readonly Role[] = []): Role[] => {
  const errors: FieldError[] = [];
  for (const role of new Set(wanted)) {
    if (!isRole(role)) errors.push({ path: 'roles', message: `${role} is not a role` });
    else if (!GRANTABLE_ROLES.includes(role) && !held.includes(role)) errors.push({ path: 'roles', message: `${role} cannot be granted by a tenant administrator` });
  }
  if (errors.length > 0) throw new AppException(PersonAdminErrorCode.RoleNotGrantable, 'roles has roles that cannot be granted', { fields: errors });
  return [...new Set(wanted)] as Role[];
};

export const assertPasswordLength = (password: string): void => {
  if ([...password].length < MIN_PASSWORD_LENGTH) {
    throw refuse(PersonAdminErrorCode.PasswordTooShort, 'password', `must have at least ${MIN_PASSWORD_LENGTH} characters`);
  }
};

/**
 * A person is placed in an org unit of their own tenant that is in use. Someone already in a unit
 * that was retired since may stay there; only moving into a retired unit is refused.
 */
export const assertReceivesPeople = (unit: { active: boolean } | null, currentOrgUnitId: string | null, orgUnitId: string): void => {
  if (!unit) throw refuse(PersonAdminErrorCode.OrgUnitUnavailable, 'orgUnitId', 'is not an org unit of this tenant');
  if (!unit.active && orgUnitId !== currentOrgUnitId) {
    throw refuse(PersonAdminErrorCode.OrgUnitUnavailable, 'orgUnitId', 'is retired and receives no new people');
  }
};

/** Administrators cannot lock themselves out by disabling their own account. */
export const assertNotSelf = (person: { id: string; idpSubject: string | null }, actorId: string | null): void => {
  if (actorId !== null && (actorId === person.id || actorId === person.idpSubject)) {
    throw new AppException(PersonAdminErrorCode.CannotDisableSelf, 'You cannot disable your own account');
  }
};

/** A taken username becomes a 409 naming the field; any other failure passes unchanged. */
export const personWriteError = (error: unknown, username: string): unknown =>
  brokenUniqueConstraint(error) === USERNAME_CONSTRAINT
    ? new AppException(PersonAdminErrorCode.UsernameTaken, `The username ${username} is already taken`, {
        fields: [{ path: 'username', message: 'is already taken' }],
      })
    : error;

export interface PersonAccountSource {
  tenantId: string;
  username: string;
  displayName: string;
  orgUnitId: string | null;
  roles: readonly Role[];
  enabled: boolean;
}

export const toIdentityAccount = (person: PersonAccountSource): IdentityAccount => ({
  username: person.username,
  displayName: person.displayName,
  tenant: person.tenantId,
  orgUnitId: person.orgUnitId,
  roles: person.roles,
  enabled: person.enabled,
});

export interface PersonEdit {
  displayName: string;
  orgUnitId: string | null;
  roles: readonly Role[];
}

const sameRoles = (a: readonly Role[], b: readonly Role[]): boolean => a.length === b.length && [...a].sort().join() === [...b].sort().join();

/** Whether an edit changes anything; an edit that does not is answered without a write or an audit record. */
export const isPersonEdited = (person: PersonEdit, edit: PersonEdit): boolean =>
  person.displayName !== edit.displayName || person.orgUnitId !== edit.orgUnitId || !sameRoles(person.roles, edit.roles);
