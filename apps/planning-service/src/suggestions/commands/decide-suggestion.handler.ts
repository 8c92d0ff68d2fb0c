import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import {
  acceptSuggestionCommandSchema,
  declineSuggestionCommandSchema,
  PlanningEvent,
  type PlanSuggestionView,
  type SuggestionDecidedPayload,
} from '@xieshang/contracts';
import { recordEvent } from '@xieshang/platform-messaging';
import { TenantDatabase } from '@xieshang/platform-persistence';
import { auditChange } from '../../audit.js';
import { currentCaller, type Caller } from '@xieshang/platform-tenancy';
import { DirectoryOrgUnits } from '../../directory/directory-org-units.js';
import { PlanItemEntity, toPlanItemView } from '../../plan-items/plan-item.entity.js';
import { assignItemFields } from '../../plan-items/plan-item-fields.js';
import { assertInPlanYear, assertKnownOrgUnits, namedOrgUnits } from '../../plan-items/plan-item.rules.js';
import { OUTBOX } from '../../planning.constants.js';
import { findVisiblePlan } from '../../plans/plan-repository.js';
import { assertDrafting } from '../../plans/plan.rules.js';
import { PlanSuggestionEntity, toSuggestionView } from '../plan-suggestion.entity.js';
import { findVisibleSuggestion } from '../suggestion.repository.js';
import { nextSuggestionStatus } from '../suggestion.rules.js';
import type { z } from 'zod';

/**
 * Office or UFWD decides on a sent suggestion: accepted, it becomes a plan item proposed by the
 * party and linked back; declined, it carries the reason the party reads. Either way the party is told.
 */
@Injectable()
export class DecideSuggestionHandler {
  constructor(
    private readonly database: TenantDatabase,
    private readonly orgUnits: DirectoryOrgUnits,
  ) {}

  async accept(command: z.infer<typeof acceptSuggestionCommandSchema>): Promise<PlanSuggestionView> {
    const caller = currentCaller();
    const named = namedOrgUnits(command);
    assertKnownOrgUnits(named, await this.orgUnits.knownIds(named.map((unit) => unit.id)));
    return this.database.write(async (manager) => {
      const suggestion = await findVisibleSuggestion(manager, command.id, caller, true);
      const next = nextSuggestionStatus('accept', suggestion, caller);
      const plan = await findVisiblePlan(manager, suggestion.planId, caller.roles, true);
      assertDrafting(plan.status);
      assertInPlanYear(command.plannedDate, plan.year);
      const items = manager.getRepository(PlanItemEntity);
      const fields = {
        ...command,
        topic: command.topic ?? suggestion.topic,
        participantOrgUnitIds: command.participantOrgUnitIds.length > 0 ? command.participantOrgUnitIds : [suggestion.orgUnitId],
      };
      const item = await items.save(
        assignItemFields(items.create({ planId: plan.id, origin: 'party', suggestionId: suggestion.id, status: 'active' }), fields),
      );
      await auditChange(manager, 'plan-item', item.id, 'created', null, toPlanItemView(item));
      return this.decide(manager, suggestion, caller, next, { planItemId: item.id, declineReason: null });
    });
  }

  async decline(command: z.infer<typeof declineSuggestionCommandSchema>): Promise<PlanSuggestionView> {
    const caller = currentCaller();
    return this.database.write(async (manager) => {
      const suggestion = await findVisibleSuggestion(manager, command.id, caller, true);
      const next = nextSuggestionStatus('decline', suggestion, caller);
      return this.decide(manager, suggestion, caller, next, { planItemId: null, declineReason: command.reason });
    });
  }

  private async decide(
    manager: EntityManager,
    suggestion: PlanSuggestionEntity,
    caller: Caller,
    status: PlanSuggestionEntity['status'],
    outcome: { planItemId: string | null; declineReason: string | null },
  ): Promise<PlanSuggestionView> {
    const before = toSuggestionView(suggestion);
    Object.assign(suggestion, { status, ...outcome, decidedBy: caller.personId, decidedAt: new Date() });
    const after = toSuggestionView(await manager.getRepository(PlanSuggestionEntity).save(suggestion));
    await auditChange(manager, 'plan-suggestion', suggestion.id, status, before, after);
    const payload: SuggestionDecidedPayload = {
      suggestionId: suggestion.id,
      planId: suggestion.planId,
      orgUnitId: suggestion.orgUnitId,
      topic: suggestion.topic,
      decision: status === 'accepted' ? 'accepted' : 'declined',
      reason: outcome.declineReason,
      planItemId: outcome.planItemId,
    };
    await recordEvent(manager, { subject: PlanningEvent.SuggestionDecided, payload }, OUTBOX);
    return after;
  }
}
