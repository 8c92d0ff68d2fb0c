import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import {
  PlanningEvent,
  type PlanSolicitedPayload,
  type PlanView,
  PlanningErrorCode,
  returnPlanCommandSchema,
  solicitPlanCommandSchema,
  submitPlanCommandSchema,
} from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';
import { recordEvent } from '@xieshang/platform-messaging';
import { TenantDatabase } from '@xieshang/platform-persistence';
import { auditChange } from '../../audit.js';
import { currentCaller } from '@xieshang/platform-tenancy';
import { DirectoryOrgUnits } from '../../directory/directory-org-units.js';
import { OUTBOX } from '../../planning.constants.js';
import { PlanningSettings } from '../../settings/planning-settings.js';
import { PlanSuggestionEntity } from '../../suggestions/plan-suggestion.entity.js';
import { findVisiblePlan, itemsOfPlan } from '../plan-repository.js';
import { assertDeadlineAhead, assertPlanAction, requireSkipSolicitationReason } from '../plan.rules.js';
import { PlanEntity } from '../plan.entity.js';
import { planRecord, toPlanView } from '../plan-view.js';
import { closeTask, openTask, PlanningTaskKey } from '../../tasks/planning-tasks.js';
import type { z } from 'zod';

/** Asking the parties for topics, sending the plan to the standing committee, and its return to draft. */
@Injectable()
export class PlanTransitionHandler {
  constructor(
    private readonly database: TenantDatabase,
    private readonly settings: PlanningSettings,
    private readonly orgUnits: DirectoryOrgUnits,
  ) {}

  /** The party branches are asked by a deadline still to come; the event names each, so each is told. */
  async solicit(command: z.infer<typeof solicitPlanCommandSchema>): Promise<PlanView> {
    // The branches are asked of the directory now, not inside the plan's transaction.
    const [partyOrgUnitIds, zone] = await Promise.all([this.orgUnits.partyOrgUnitIds(), this.settings.timeZone()]);
    return this.transition(command, 'solicit', 'solicited', async (plan, manager) => {
      assertDeadlineAhead(command.suggestionsDeadline, new Date(), zone);
      plan.suggestionsDeadline = command.suggestionsDeadline;
      const payload: PlanSolicitedPayload = {
        planId: plan.id,
        year: plan.year,
        title: plan.title,
        suggestionsDeadline: command.suggestionsDeadline,
        partyOrgUnitIds,
        solicitedBy: currentCaller().personId,
      };
      await recordEvent(manager, { subject: PlanningEvent.PlanSolicited, payload }, OUTBOX);
      for (const orgUnitId of partyOrgUnitIds) {
        await openTask(manager, {
          taskKey: PlanningTaskKey.suggestTopics(plan.id, orgUnitId),
          kind: 'plan.suggest-topics',
          title: plan.title,
          assignee: { orgUnitId, roles: ['party-member', 'party-leader'] },
          record: { resource: 'plans', id: plan.id },
          dueOn: command.suggestionsDeadline,
          confidential: false,
        });
      }
    });
  }

  async submitForReview(command: z.infer<typeof submitPlanCommandSchema>): Promise<PlanView> {
    // Whose topic requests close with the solicitation, asked before the plan's transaction.
    const partyOrgUnitIds = await this.orgUnits.partyOrgUnitIds();
    return this.transition(command, 'submit-for-review', 'submitted-for-review', async (plan, manager) => {
      const undecided = await manager.getRepository(PlanSuggestionEntity).countBy({ planId: plan.id, status: 'sent' });
      if (undecided > 0) {
        throw new AppException(PlanningErrorCode.SuggestionsUndecided, `${undecided} suggestions sent by parties are not yet accepted or declined`, { undecided });
      }
      plan.skipSolicitationReason = requireSkipSolicitationReason(plan, command.skipSolicitationReason);
      plan.submittedAt = new Date();
      plan.returnReason = null;
      if (plan.suggestionsDeadline) for (const orgUnitId of partyOrgUnitIds) await closeTask(manager, PlanningTaskKey.suggestTopics(plan.id, orgUnitId));
      await openTask(manager, {
        taskKey: PlanningTaskKey.approvePlan(plan.id),
        kind: 'plan.approve',
        title: plan.title,
        assignee: { roles: ['leader'] },
        record: { resource: 'plans', id: plan.id },
        dueOn: null,
        confidential: false,
      });
    });
  }

  return(command: z.infer<typeof returnPlanCommandSchema>): Promise<PlanView> {
    return this.transition(command, 'return', 'returned', async (plan, manager) => {
      plan.returnReason = command.reason;
      await closeTask(manager, PlanningTaskKey.approvePlan(plan.id));
    });
  }

  private async transition(
    command: { id: string },
    action: 'solicit' | 'submit-for-review' | 'return',
    audited: string,
    apply: (plan: PlanEntity, manager: EntityManager) => Promise<void>,
  ): Promise<PlanView> {
    const caller = currentCaller();
    const required = await this.settings.yearlyMinimums();
    return this.database.write(async (manager) => {
      const plan = await findVisiblePlan(manager, command.id, caller.roles, true);
      const next = assertPlanAction(caller.roles, plan.status, action);
      const items = await itemsOfPlan(manager, plan.id);
      const before = toPlanView(plan, items, required, caller.roles);
      await apply(plan, manager);
      plan.status = next;
      const after = toPlanView(await manager.getRepository(PlanEntity).save(plan), items, required, caller.roles);
      await auditChange(manager, 'plan', plan.id, audited, planRecord(before), planRecord(after));
      return after;
    });
  }
}
