import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { type ListResult, listQuerySchema, PLAN_ITEM_SORT_FIELDS, planItemListFilterSchema, type PlanItemView } from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';
import { containsPattern, TenantDatabase } from '@xieshang/platform-persistence';
import { currentCaller } from '@xieshang/platform-tenancy';
import { pageAndSort } from '../../list-query.rules.js';
import { isPlanInsider, mayReadItems } from '../../plans/plan-access.rules.js';
import { findVisiblePlan } from '../../plans/plan-repository.js';
import { PlanEntity } from '../../plans/plan.entity.js';
import { PlanItemEntity, toPlanItemView } from '../plan-item.entity.js';
import { findItem } from '../plan-item.repository.js';

export const listPlanItemsSchema = listQuerySchema.extend({ filter: planItemListFilterSchema.default({}) });
export const getPlanItemSchema = z.object({ id: z.uuid() });

/** Items of plans the caller may read: any plan for the CPC side, only the published plan for everyone else. */
@Injectable()
export class PlanItemQueriesHandler {
  constructor(private readonly database: TenantDatabase) {}

  async list(query: z.infer<typeof listPlanItemsSchema>): Promise<ListResult<PlanItemView>> {
    const caller = currentCaller();
    const page = pageAndSort(query.range, query.sort, PLAN_ITEM_SORT_FIELDS, ['createdAt', 'ASC']);
    const { filter } = query;
    return this.database.run(async (manager) => {
      const builder = manager.getRepository(PlanItemEntity).createQueryBuilder('item').innerJoin(PlanEntity, 'plan', 'plan.id = item.planId');
      if (!isPlanInsider(caller.roles)) builder.andWhere(`plan.status = 'published'`);
      if (filter.planId) {
        const plan = await findVisiblePlan(manager, filter.planId, caller.roles);
        if (!mayReadItems(caller.roles, plan.status)) return { items: [], total: 0 };
        builder.andWhere('item.plan_id = :planId', { planId: filter.planId });
      }
      if (filter.form) builder.andWhere('item.form = :form', { form: filter.form });
      if (filter.meetingType) builder.andWhere('item.meeting_type = :meetingType', { meetingType: filter.meetingType });
      if (filter.status) builder.andWhere('item.status = :status', { status: filter.status });
      if (filter.origin) builder.andWhere('item.origin = :origin', { origin: filter.origin });
      if (filter.q) builder.andWhere('item.topic ilike :q', { q: containsPattern(filter.q) });
      if (filter.id) builder.andWhere('item.id in (:...ids)', { ids: filter.id.length > 0 ? filter.id : [null] });
      const [items, total] = await builder
        .orderBy(`item.${page.field}`, page.order, 'NULLS LAST')
        .addOrderBy('item.createdAt', 'ASC')
        .addOrderBy('item.id', 'ASC')
        .offset(page.skip)
        .limit(page.take)
        .getManyAndCount();
      return { items: items.map(toPlanItemView), total };
    });
  }

  async get(query: z.infer<typeof getPlanItemSchema>): Promise<PlanItemView> {
    const caller = currentCaller();
    return this.database.run(async (manager) => {
      const item = await findItem(manager, query.id);
      const plan = await findVisiblePlan(manager, item.planId, caller.roles).catch(() => null);
      if (!plan || !mayReadItems(caller.roles, plan.status)) throw AppException.notFound('plan item', query.id);
      return toPlanItemView(item);
    });
  }
}
