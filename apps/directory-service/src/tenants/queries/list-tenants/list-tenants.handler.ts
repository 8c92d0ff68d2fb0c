import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  CommonErrorCode,
  listQuerySchema,
  MAX_PAGE_SIZE,
  TenantErrorCode,
  tenantListFilterSchema,
  type ListResult,
  type TenantView,
} from '@xieshang/contracts';
import { AppException, parseInput } from '@xieshang/platform-errors';
import { currentCaller, type Caller } from '../../caller.js';
import { canSeeTenant, pageTenants, tenantScope, type TenantScope } from '../../tenant-access.rules.js';
import { allTenants, childrenOf, lookupTenant } from '../../tenant-directory.queries.js';
import { toTenantView } from '../../tenant.entity.js';

// Built once: a zod schema made per request costs far more than parsing with it.
const listSchema = listQuerySchema.extend({ filter: tenantListFilterSchema.default({}) });

const scopeOf = (caller: Caller): TenantScope => {
  const scope = tenantScope(caller.roles);
  if (!scope) throw new AppException(CommonErrorCode.Forbidden, 'Only administrators and city observers read tenants');
  return scope;
};

/** The tenants a caller may see: all for the platform administrator, the city tree for a city observer, else its own. */
@Injectable()
export class ListTenantsHandler {
  constructor(private readonly dataSource: DataSource) {}

  async list(input: unknown): Promise<ListResult<TenantView>> {
    const query = parseInput(listSchema, input);
    const [from, to] = query.range;
    if (to < from || to - from + 1 > MAX_PAGE_SIZE) {
      throw AppException.invalidInput([{ path: 'range', message: `range must be [from, to] with at most ${MAX_PAGE_SIZE} rows` }]);
    }
    const caller = currentCaller();
    const tenants = await this.visible(caller, scopeOf(caller));
    return pageTenants(tenants, query.filter, query);
  }

  /** One tenant; one outside the caller's scope is reported as not found, so its existence does not leak. */
  async get(code: string): Promise<TenantView> {
    const caller = currentCaller();
    const row = await lookupTenant(this.dataSource, code);
    const view = row ? toTenantView(row) : null;
    if (!view || !canSeeTenant(scopeOf(caller), caller.tenantId, view)) {
      throw new AppException(TenantErrorCode.TenantNotFound, `Tenant ${code} was not found`, { entity: 'tenant', id: code });
    }
    return view;
  }

  private async visible(caller: Caller, scope: TenantScope): Promise<TenantView[]> {
    if (scope === 'all') return (await allTenants(this.dataSource)).map(toTenantView);
    const own = await lookupTenant(this.dataSource, caller.tenantId);
    const children = scope === 'city' ? await childrenOf(this.dataSource, caller.tenantId) : [];
    return [...(own ? [own] : []), ...children].map(toTenantView);
  }
}
