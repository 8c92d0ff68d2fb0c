/** The roles of DOMAIN.md "People and roles", as realm roles carried in `realm_access.roles`. */
export const ROLES = [
  'platform-admin',
  'tenant-admin',
  'office',
  'ufwd',
  'gov-office',
  'party-member',
  'party-leader',
  'department',
  'leader',
  'supervisor',
  'city-observer',
] as const;

export type Role = (typeof ROLES)[number];

export const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);
