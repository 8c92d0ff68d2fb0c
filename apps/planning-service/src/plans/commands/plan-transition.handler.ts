import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  PlanningEvent,
  type PlanSolicitedPayload,
  type PlanningActor,
  type PlanView,
  PlanningErrorCode,
  returnPlanCommandSchema,
  solicitPlanCommandSchema,
  submitPlanCommandSchema,
} from '@xieshang/contracts';
import { AppException, parseInput } from '@xieshang/platform-errors';
import { recordEvent } from '@xieshang/platform-messaging';
import { inCurrentTenant } from '@xieshang/platform-persistence';
import { auditChange } from '../../audit.js';
import { currentCaller } from '../../caller.js';
import { DirectoryOrgUnits } from '../../directory/directory-org-units.js';
import { OUTBOX } from '../../planning.constants.js';
import { PlanningSettings } from '../../settings/planning-settings.js';
import { PlanSuggestionEntity } from '../../suggestions/plan-suggestion.entity.js';
import { findVisiblePlan, itemsOfPlan } from '../plan-repository.js';
import { assertDeadlineAhead, assertPlanAction, requireSkipSolicitationReason } from '../plan.rules.js';
import { PlanEntity } from '../plan.entity.js';
import { planRecord, toPlanView } from '../plan-view.js';

/** Asking the parties for topics, sending the plan to the standing committee, and its return to draft. */
@Injectable()
export class PlanTransitionHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly settings: PlanningSettings,
    private readonly orgUnits: DirectoryOrgUnits,
  ) {}

  /** The party branches are asked by a deadline still to come; the event names each, so each is told. */
  async solicit(input: unknown): Promise<PlanView> {
    const command = parseInput(solicitPlanCommandSchema, input);
    const partyOrgUnitIds = await this.orgUnits.partyOrgUnitIds();
    return this.transition(command, 'solicit', 'solicited', async (plan, manager) => {
      assertDeadlineAhead(command.suggestionsDeadline, new Date());
      plan.suggestionsDeadline = command.suggestionsDeadline;
      const payload: PlanSolicitedPayload = {
        planId: plan.id,
        year: plan.year,
        title: plan.title,
        suggestionsDeadline: command.suggestionsDeadline,
        partyOrgUnitIds,
        solicitedBy: currentCaller(command.actor).userId,
      };
      await recordEvent(manager, { subject: PlanningEvent.PlanSolicited, payload }, OUTBOX);
    });
  }

  submitForReview(input: unknown): Promise<PlanView> {
    const command = parseInput(submitPlanCommandSchema, input);
    return this.transition(command, 'submit-for-review', 'submitted-for-review', async (plan, manager) => {
      const undecided = await manager.getRepository(PlanSuggestionEntity).countBy({ planId: plan.id, status: 'sent' });
      if (undecided > 0) {
        throw new AppException(PlanningErrorCode.SuggestionsUndecided, `${undecided} suggestions sent by parties are not yet accepted or declined`, { undecided });
      }
      plan.skipSolicitationReason = requireSkipSolicitationReason(plan, command.skipSolicitationReason);
      plan.submittedAt = new Date();
      plan.returnReason = null;
    });
  }

  return(input: unknown): Promise<PlanView> {
    const command = parseInput(returnPlanCommandSchema, input);
    return this.transition(command, 'return', 'returned', async (plan) => {
      plan.returnReason = command.reason;
    });
  }

  private async transition(
    command: { id: string; actor: PlanningActor },
    action: 'solicit' | 'submit-for-review' | 'return',
    audited: string,
    apply: (plan: PlanEntity, manager: EntityManager) => Promise<void>,
  ): Promise<PlanView> {
    const caller = currentCaller(command.actor);
    const required = await this.settings.yearlyMinimums();
    return inCurrentTenant(this.dataSource, async (manager) => {
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
