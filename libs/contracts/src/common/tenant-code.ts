/** Tenant codes are lowercase slugs (`bazhou`); they also go into SQL settings, so the pattern is strict. */
export const TENANT_CODE_PATTERN = /^[a-z][a-z0-9-]{1,62}$/;

export const isTenantCode = (value: unknown): value is string =>
  typeof value === 'string' && TENANT_CODE_PATTERN.test(value);
