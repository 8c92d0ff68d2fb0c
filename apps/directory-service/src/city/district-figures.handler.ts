import { Injectable } from '@nestjs/common';
import { CommonErrorCode, type DistrictFiguresQuery, type DistrictFiguresView } from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';
import { TenantDatabase } from '@xieshang/platform-persistence';
import { currentCaller, requireAnyRole, requireTenantId, type Caller } from '@xieshang/platform-tenancy';
import { allTenants, childrenOf, lookupTenant } from '../tenants/tenant-directory.queries.js';
import type { TenantRow } from '../tenants/tenant.entity.js';
import { PlanningFiguresClient } from './planning-figures.client.js';
import { districtPlan, figuresYear } from './district-figures.rules.js';


interface FigureRow {
  org_units: number;
  active_org_units: number;
  people: number;
  enabled_people: number;
}

const FIGURES = `select
    (select count(*) from directory.org_units)::int as org_units,
    (select count(*) from directory.org_units where active)::int as active_org_units,
    (select count(*) from directory.people)::int as people,
    (select count(*) from directory.people where enabled)::int as enabled_people`;

/**
 * What a city sees of its districts without entering them: counts computed in each district's
 * own tenant transaction, so row-level security still decides what is counted, and each
 * district's plan of the year with its minimums, as planning-service answers the directory.
 */
@Injectable()
export class DistrictFiguresHandler {
  constructor(
    private readonly database: TenantDatabase,
    private readonly planning: PlanningFiguresClient,
  ) {}

  async execute(query: DistrictFiguresQuery): Promise<DistrictFiguresView[]> {
    const year = figuresYear(query.filter?.year, new Date());
    const caller = currentCaller();
    requireAnyRole(caller, ['city-observer', 'platform-admin', 'leader']);
    const districts = await this.districtsOf(caller);
    const plans = await this.planning.districtPlans(districts.map((district) => district.code), year);
    const figures: DistrictFiguresView[] = [];
    for (const district of districts) {
      const [row] = await this.database.runAsTenant<FigureRow[]>(district.code, (manager) => manager.query(FIGURES));
      figures.push({
        id: district.code,
        code: district.code,
        name: district.name,
        parentCode: district.parent_code ?? '',
        orgUnits: row?.org_units ?? 0,
        activeOrgUnits: row?.active_org_units ?? 0,
        people: row?.people ?? 0,
        enabledPeople: row?.enabled_people ?? 0,
        plan: districtPlan(plans, district.code, year),
      });
    }
    return figures;
  }

  private async districtsOf(caller: Caller): Promise<TenantRow[]> {
    if (caller.roles.includes('platform-admin')) return (await allTenants(this.database)).filter((tenant) => tenant.kind === 'district');
    const tenantId = requireTenantId();
    const own = await lookupTenant(this.database, tenantId);
    if (own?.kind !== 'city') throw new AppException(CommonErrorCode.Forbidden, 'District figures are for the users of a city');
    return childrenOf(this.database, tenantId);
  }
}
