import { z } from 'zod';
import { idList, rowVersion, searchText, text } from '../common/primitives.js';
import { ROLES, type Role } from '../common/roles.js';

/** Request/reply subjects for administering people (the console's `users` resource). */
export const PersonSubject = {
  List: 'directory.person.list',
  Get: 'directory.person.get',
  Create: 'directory.person.create',
  Update: 'directory.person.update',
  Disable: 'directory.person.disable',
  Enable: 'directory.person.enable',
  SetPassword: 'directory.person.set-password',
} as const;

/** Facts about people that other apps act on: the gateway refuses a disabled person's tokens at once. */
export const PersonEvent = {
  Disabled: 'evt.directory.person.disabled.v1',
  Enabled: 'evt.directory.person.enabled.v1',
} as const;

/** Who lost or regained access; the token's subject is one of these two. */
export const personAccessChangedPayloadSchema = z
  .object({
    personId: z.string().uuid(),
    /** The identity provider's subject when it is not the person id (Keycloak). */
    idpSubject: z.string().min(1).max(255).nullable(),
  })
  .strict();
export type PersonAccessChangedPayload = z.infer<typeof personAccessChangedPayloadSchema>;

/** `VALIDATION.*` codes name the field they refuse; the gateway answers them with 422. */
export const PersonAdminErrorCode = {
  UsernameTaken: 'DIRECTORY.USERNAME_TAKEN',
  CannotDisableSelf: 'DIRECTORY.CANNOT_DISABLE_SELF',
  IdentityAccountMissing: 'DIRECTORY.IDENTITY_ACCOUNT_MISSING',
  OrgUnitUnavailable: 'VALIDATION.ORG_UNIT_UNAVAILABLE',
  RoleNotGrantable: 'VALIDATION.ROLE_NOT_GRANTABLE',
  /** A role held in an org unit of a kind it does not belong in (office in a party branch, …). */
  RoleUnfitForOrgUnit: 'VALIDATION.ROLE_UNFIT_FOR_ORG_UNIT',
  PasswordTooShort: 'VALIDATION.PASSWORD_TOO_SHORT',
} as const;

/** Roles a tenant administrator may grant: everything but the platform's and the city's own. */
export const GRANTABLE_ROLES: readonly Role[] = ROLES.filter((role) => role !== 'platform-admin' && role !== 'city-observer');

export const MIN_PASSWORD_LENGTH = 10;

export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{1,62}$/;

const username = z
  .string()
  .trim()
  .toLowerCase()
  .regex(USERNAME_PATTERN, 'username is 2 to 63 of a-z, 0-9, ".", "_", "-", starting with a letter or digit');
const displayName = text.trim().min(1, 'displayName is required').max(100, 'displayName is at most 100 characters');
const roles = z.array(text.min(1).max(64)).min(1, 'give at least one role').max(ROLES.length);
const password = text.min(1, 'password is required').max(1024);

export const personIdSchema = z.strictObject({ id: z.uuid() });
export type PersonIdCommand = z.infer<typeof personIdSchema>;

export const createPersonSchema = z.strictObject({
  username,
  displayName,
  orgUnitId: z.uuid(),
  roles,
  password,
});
export type CreatePersonCommand = z.infer<typeof createPersonSchema>;

/** The username is fixed once created (it is the sign-in name at the identity provider too). */
export const updatePersonSchema = z.strictObject({
  id: z.uuid(),
  displayName,
  orgUnitId: z.uuid(),
  roles,
  version: rowVersion,
});
export type UpdatePersonCommand = z.infer<typeof updatePersonSchema>;

export const setPersonPasswordSchema = z.strictObject({ id: z.uuid(), password });
export type SetPersonPasswordCommand = z.infer<typeof setPersonPasswordSchema>;

export const personListFilterSchema = z
  .object({
    orgUnitId: z.uuid().optional(),
    role: z.enum(ROLES).optional(),
    enabled: z.boolean().optional(),
    q: searchText.optional(),
    id: idList.optional(),
  })
  .strict();
export type PersonListFilter = z.infer<typeof personListFilterSchema>;

export const PERSON_SORT_FIELDS = ['username', 'displayName', 'enabled', 'createdAt'] as const;
