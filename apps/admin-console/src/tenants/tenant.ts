/** A tenant as the gateway lists it: a city, or a district under its city. */
export interface Tenant {
  id: string;
  code: string;
  name: string;
  kind: 'city' | 'district';
  parentCode: string | null;
}

/** The districts among listed tenants, by name, for the switcher. */
export const districtsOf = (tenants: readonly Tenant[]): Tenant[] =>
  tenants.filter((tenant) => tenant.kind === 'district').sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));

/** One cached list of tenants serves the switcher and the new-district form. */
export const TENANTS_QUERY_KEY = ['tenants', 'all'] as const;
