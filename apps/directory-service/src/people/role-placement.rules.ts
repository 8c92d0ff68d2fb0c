import { type FieldError, type OrgUnitKind, PersonAdminErrorCode, ROLE_ORG_UNIT_KINDS, type Role } from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';

/**
 * Each role is held only in an org unit of a fitting kind: a party member in a party branch, the
 * UFWD role in the UFWD, and so on. Refused with 422 naming `roles` and what each role needs.
 */
export const assertRolesFitOrgUnit = (roles: readonly Role[], kind: OrgUnitKind): void => {
  const errors: FieldError[] = [];
  for (const role of roles) {
    const kinds = ROLE_ORG_UNIT_KINDS[role];
    if (kinds && !kinds.includes(kind)) errors.push({ path: 'roles', message: `${role} is held in an org unit of kind ${kinds.join(' or ')}, not ${kind}` });
  }
  if (errors.length > 0) {
    throw new AppException(PersonAdminErrorCode.RoleUnfitForOrgUnit, `The org unit (${kind}) does not fit the roles: ${errors.map((error) => error.message).join('; ')}`, {
      fields: errors,
    });
  }
};
