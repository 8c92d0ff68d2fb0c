import { Injectable } from '@nestjs/common';
import { CommonErrorCode, type DistrictPlanFigures, type DistrictPlanFiguresQuery } from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';
import { TenantDatabase } from '@xieshang/platform-persistence';
import { findCaller } from '@xieshang/platform-tenancy';
import { PlanningSettings } from '../../settings/planning-settings.js';
import { planMinimums } from '../minimums.rules.js';
import { itemsOfPlan } from '../plan-repository.js';
import { PlanEntity } from '../plan.entity.js';

/**
 * The plan of a year in each district the directory names, for its city view. Only a service asks
 * (a request that carries a person is refused); each district is read in its own tenant
 * transaction, so row-level security still decides what is counted.
 */
@Injectable()
export class DistrictPlanFiguresHandler {
  constructor(
    private readonly database: TenantDatabase,
    private readonly settings: PlanningSettings,
  ) {}

  async execute(query: DistrictPlanFiguresQuery): Promise<DistrictPlanFigures[]> {
    if (findCaller()?.personId) throw new AppException(CommonErrorCode.Forbidden, 'District plan figures are answered to services only');
    // Settings first: no request to another service while a transaction is open.
    const districts = await Promise.all(query.tenantIds.map(async (tenantId) => ({ tenantId, required: await this.settings.yearlyMinimums(tenantId) })));
    const figures: DistrictPlanFigures[] = [];
    for (const { tenantId, required } of districts) {
      const district = await this.database.runAsTenant(tenantId, async (manager) => {
        const plan = await manager.getRepository(PlanEntity).findOneBy({ year: query.year });
        return { status: plan?.status ?? null, items: plan ? await itemsOfPlan(manager, plan.id) : [] };
      });
      figures.push({ tenantId, year: query.year, status: district.status, minimums: planMinimums(district.items, required) });
    }
    return figures;
  }
}
