import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { type ListResult, listQuerySchema, PLAN_ITEM_SORT_FIELDS, planItemListFilterSchema, planningActorSchema, type PlanItemView } from '@xieshang/contracts';
import { AppException, parseInput } from '@xieshang/platform-errors';
import { inCurrentTenant } from '@xieshang/platform-persistence';
import { containsPattern } from '@xieshang/platform-persistence';
import { currentCaller } from '../../caller.js';
import { pageAndSort } from '../../list-query.rules.js';
import { isPlanInsider, mayReadItems } from '../../plans/plan-access.rules.js';
import { findVisiblePlan } from '../../plans/plan-repository.js';
import { PlanEntity } from '../../plans/plan.entity.js';
import { PlanItemEntity, toPlanItemView } from '../plan-item.entity.js';
import { findItem } from '../plan-item.repository.js';

const listSchema = listQuerySchema.extend({ filter: planItemListFilterSchema.default({}), actor: planningActorSchema });
const getSchema = z.object({ id: z.uuid(), actor: planningActorSchema });

/** Items of plans the caller may read: any plan for the CPC side, only the published plan for everyone else. */
@Injectable()
export class PlanItemQueriesHandler {
  constructor(private readonly dataSource: DataSource) {}

  async list(input: unknown): Promise<ListResult<PlanItemView>> {
    const query = parseInput(listSchema, input);
    const caller = currentCaller(query.actor);
    const page = pageAndSort(query.range, query.sort, PLAN_ITEM_SORT_FIELDS, ['createdAt', 'ASC']);
    const { filter } = query;
    return inCurrentTenant(this.dataSource, async (manager) => {
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

  async get(input: unknown): Promise<PlanItemView> {
    const query = parseInput(getSchema, input);
    const caller = currentCaller(query.actor);
    return inCurrentTenant(this.dataSource, async (manager) => {
      const item = await findItem(manager, query.id);
      const plan = await findVisiblePlan(manager, item.planId, caller.roles).catch(() => null);
      if (!plan || !mayReadItems(caller.roles, plan.status)) throw AppException.notFound('plan item', query.id);
      return toPlanItemView(item);
    });
  }
}
