import { Injectable } from '@nestjs/common';
import { approvePlanCommandSchema, type PlanApprovedPayload, PlanningEvent, type PlanView } from '@xieshang/contracts';
import { recordEvent } from '@xieshang/platform-messaging';
import { TenantDatabase } from '@xieshang/platform-persistence';
import { auditChange } from '../../audit.js';
import { currentCaller, nameOf } from '@xieshang/platform-tenancy';
import { OUTBOX } from '../../planning.constants.js';
import { PlanningSettings } from '../../settings/planning-settings.js';
import { standingStudyTours } from '../../research-topics/research-topic.repository.js';
import { assertApprovable, planMinimums, studyTourStanding } from '../minimums.rules.js';
import { findVisiblePlan, itemsOfPlan } from '../plan-repository.js';
import { assertPlanAction } from '../plan.rules.js';
import { PlanEntity } from '../plan.entity.js';
import { planRecord, toPlanView } from '../plan-view.js';
import { closeTask, PlanningTaskKey } from '../../tasks/planning-tasks.js';
import type { z } from 'zod';

/** The leader approves on the standing committee's behalf; below a yearly minimum (study tours too) only with a reason. */
@Injectable()
export class ApprovePlanHandler {
  constructor(
    private readonly database: TenantDatabase,
    private readonly settings: PlanningSettings,
  ) {}

  async execute(command: z.infer<typeof approvePlanCommandSchema>): Promise<PlanView> {
    const caller = currentCaller();
    const required = await this.settings.yearlyMinimums();
    const tourLimits = await this.settings.studyTourLimits();
    return this.database.write(async (manager) => {
      const plan = await findVisiblePlan(manager, command.id, caller.roles, true);
      const next = assertPlanAction(caller.roles, plan.status, 'approve');
      const items = await itemsOfPlan(manager, plan.id);
      const before = toPlanView(plan, items, required, caller.roles);
      const tours = studyTourStanding(await standingStudyTours(manager, plan.year), tourLimits.min);
      const reason = assertApprovable(planMinimums(items, required), command.belowMinimumReason, tours);
      Object.assign(plan, {
        status: next,
        approvedBy: caller.personId,
        approvedByName: nameOf(caller),
        approvedAt: new Date(),
        decisionReference: command.decisionReference,
        belowMinimumReason: reason,
      });
      const saved = await manager.getRepository(PlanEntity).save(plan);
      const after = toPlanView(saved, items, required, caller.roles);
      await auditChange(manager, 'plan', plan.id, 'approved', planRecord(before), planRecord(after));
      const payload: PlanApprovedPayload = {
        planId: plan.id,
        year: plan.year,
        title: plan.title,
        approvedBy: caller.personId,
        approvedByName: nameOf(caller),
        approvedAt: after.approvedAt ?? new Date().toISOString(),
        decisionReference: command.decisionReference,
        belowMinimumReason: reason,
      };
      await recordEvent(manager, { subject: PlanningEvent.PlanApproved, payload }, OUTBOX);
      await closeTask(manager, PlanningTaskKey.approvePlan(plan.id));
      return after;
    });
  }
}
