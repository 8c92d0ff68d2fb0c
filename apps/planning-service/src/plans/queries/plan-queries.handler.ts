import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { type ListResult, listQuerySchema, PLAN_SORT_FIELDS, planListFilterSchema, type PlanView } from '@xieshang/contracts';
import { containsPattern, TenantDatabase } from '@xieshang/platform-persistence';
import { z } from 'zod';
import { currentCaller } from '@xieshang/platform-tenancy';
import { pageAndSort } from '../../list-query.rules.js';
import { PlanItemEntity } from '../../plan-items/plan-item.entity.js';
import { PlanningSettings } from '../../settings/planning-settings.js';
import { visiblePlanStatuses } from '../plan-access.rules.js';
import { findVisiblePlan, itemsOfPlan } from '../plan-repository.js';
import { PlanEntity } from '../plan.entity.js';
import { toPlanView } from '../plan-view.js';

export const listPlansSchema = listQuerySchema.extend({ filter: planListFilterSchema.default({}) });
export const getPlanSchema = z.object({ id: z.uuid() });

/** The plans a caller may see: all of them for the CPC side, the published (and soliciting) ones for parties. */
@Injectable()
export class PlanQueriesHandler {
  constructor(
    private readonly database: TenantDatabase,
    private readonly settings: PlanningSettings,
  ) {}

  async list(query: z.infer<typeof listPlansSchema>): Promise<ListResult<PlanView>> {
    const caller = currentCaller();
    const page = pageAndSort(query.range, query.sort, PLAN_SORT_FIELDS, ['year', 'DESC']);
    const visible = visiblePlanStatuses(caller.roles);
    if (visible !== 'all' && visible.length === 0) return { items: [], total: 0 };
    const required = await this.settings.yearlyMinimums();
    return this.database.run(async (manager) => {
      const builder = manager.getRepository(PlanEntity).createQueryBuilder('plan');
      if (visible !== 'all') builder.andWhere('plan.status in (:...visible)', { visible });
      const { filter } = query;
      if (filter.year !== undefined) builder.andWhere('plan.year = :year', { year: filter.year });
      if (filter.status) builder.andWhere('plan.status = :status', { status: filter.status });
      if (filter.q) builder.andWhere('plan.title ilike :q', { q: containsPattern(filter.q) });
      if (filter.id) builder.andWhere('plan.id in (:...ids)', { ids: filter.id.length > 0 ? filter.id : [null] });
      const [plans, total] = await builder
        .orderBy(`plan.${page.field}`, page.order)
        .addOrderBy('plan.id', 'ASC')
        .skip(page.skip)
        .take(page.take)
        .getManyAndCount();
      const items = plans.length > 0 ? await manager.getRepository(PlanItemEntity).findBy({ planId: In(plans.map((plan) => plan.id)) }) : [];
      return {
        items: plans.map((plan) => toPlanView(plan, items.filter((item) => item.planId === plan.id), required, caller.roles)),
        total,
      };
    });
  }

  async get(query: z.infer<typeof getPlanSchema>): Promise<PlanView> {
    const caller = currentCaller();
    const required = await this.settings.yearlyMinimums();
    return this.database.run(async (manager) => {
      const plan = await findVisiblePlan(manager, query.id, caller.roles);
      return toPlanView(plan, await itemsOfPlan(manager, plan.id), required, caller.roles);
    });
  }
}
