import { GRANTABLE_ROLES } from '@xieshang/contracts';

/** Roles a district's admin hands out; platform and city roles are given elsewhere. */
export const districtRoleChoices = GRANTABLE_ROLES.map((role) => ({
  id: role,
  name: `xs.roles.${role}`,
}));
