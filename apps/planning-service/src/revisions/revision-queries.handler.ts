import { Injectable } from '@nestjs/common';
import { getRevisionQuerySchema, listRevisionsQuerySchema, type ListResult, type PlanRevisionView } from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';
import { TenantDatabase } from '@xieshang/platform-persistence';
import { currentCaller } from '@xieshang/platform-tenancy';
import { findVisiblePlan } from '../plans/plan-repository.js';
import { PlanRevisionEntity, toRevisionView } from './plan-revision.entity.js';
import type { z } from 'zod';

export const listPlanRevisionsSchema = listRevisionsQuerySchema;
export const getPlanRevisionSchema = getRevisionQuerySchema;

/** The published plan's history: every revision with its difference to the one before; any one of them in full. */
@Injectable()
export class RevisionQueriesHandler {
  constructor(private readonly database: TenantDatabase) {}

  async list(query: z.infer<typeof listPlanRevisionsSchema>): Promise<ListResult<PlanRevisionView>> {
    const caller = currentCaller();
    return this.database.run(async (manager) => {
      await findVisiblePlan(manager, query.planId, caller.roles);
      const revisions = await manager.getRepository(PlanRevisionEntity).find({ where: { planId: query.planId }, order: { number: 'DESC' } });
      return { items: revisions.map((revision) => toRevisionView(revision, false)), total: revisions.length };
    });
  }

  async get(query: z.infer<typeof getPlanRevisionSchema>): Promise<PlanRevisionView> {
    const caller = currentCaller();
    return this.database.run(async (manager) => {
      await findVisiblePlan(manager, query.planId, caller.roles);
      const revision = await manager.getRepository(PlanRevisionEntity).findOneBy({ planId: query.planId, number: query.number });
      if (!revision) throw AppException.notFound('plan revision', `${query.planId}/${query.number}`);
      return toRevisionView(revision, true);
    });
  }
}
