import type { ListQuery, ListResult, Role, TenantListFilter, TenantView } from '@xieshang/contracts';
import { TENANT_SORT_FIELDS } from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';

/** Which tenants a caller may read: every one, its city and the city's districts, or its own. */
export type TenantScope = 'all' | 'city' | 'own';

export const tenantScope = (roles: readonly Role[]): TenantScope | null => {
  if (roles.includes('platform-admin')) return 'all';
  if (roles.includes('city-observer')) return 'city';
  if (roles.includes('tenant-admin')) return 'own';
  return null;
};

/** Whether a tenant lies within a caller's scope, the caller's own tenant being `own`. */
export const canSeeTenant = (scope: TenantScope, own: string, tenant: Pick<TenantView, 'code' | 'parentCode'>): boolean =>
  scope === 'all' || tenant.code === own || (scope === 'city' && tenant.parentCode === own);

const matches = (tenant: TenantView, filter: TenantListFilter): boolean =>
  (!filter.kind || tenant.kind === filter.kind) &&
  (!filter.parentCode || tenant.parentCode === filter.parentCode) &&
  (!filter.id || filter.id.includes(tenant.code)) &&
  (!filter.q || `${tenant.code} ${tenant.name}`.toLowerCase().includes(filter.q.toLowerCase()));

/** Filters, sorts and pages the tenants a caller may see, as react-admin asks. */
export const pageTenants = (tenants: readonly TenantView[], filter: TenantListFilter, query: ListQuery): ListResult<TenantView> => {
  const [sortField, order] = query.sort ?? ['code', 'ASC'];
  if (!(TENANT_SORT_FIELDS as readonly string[]).includes(sortField)) {
    throw AppException.invalidInput([{ path: 'sort', message: `sort by one of ${TENANT_SORT_FIELDS.join(', ')}` }]);
  }
  const field = sortField as (typeof TENANT_SORT_FIELDS)[number];
  const direction = order === 'DESC' ? -1 : 1;
  const found = tenants
    .filter((tenant) => matches(tenant, filter))
    .sort((a, b) => direction * (a[field].localeCompare(b[field]) || a.code.localeCompare(b.code)));
  const [from, to] = query.range;
  return { items: found.slice(from, to + 1), total: found.length };
};
