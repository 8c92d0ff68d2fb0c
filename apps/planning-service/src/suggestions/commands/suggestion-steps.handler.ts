import { Injectable } from '@nestjs/common';
import { type PlanSuggestionView, returnSuggestionCommandSchema, suggestionRefSchema } from '@xieshang/contracts';
import { TenantDatabase } from '@xieshang/platform-persistence';
import { auditChange } from '../../audit.js';
import { currentCaller, type Caller, nameOf } from '@xieshang/platform-tenancy';
import { findVisiblePlan } from '../../plans/plan-repository.js';
import { PlanSuggestionEntity, toSuggestionView } from '../plan-suggestion.entity.js';
import { findVisibleSuggestion } from '../suggestion.repository.js';
import { assertSoliciting } from '../suggestion-plan.rules.js';
import { assertBeforeDeadline, nextSuggestionStatus } from '../suggestion.rules.js';
import { closeTask, openTask, PlanningTaskKey } from '../../tasks/planning-tasks.js';
import type { z } from 'zod';
import { PlanningSettings } from '../../settings/planning-settings.js';

/**
 * Inside the branch: a member submits the draft to the leader, who sends it (主委审定) or returns
 * it with a note. Nothing leaves the branch without its leader.
 */
@Injectable()
export class SuggestionStepsHandler {
  constructor(
    private readonly database: TenantDatabase,
    private readonly settings: PlanningSettings,
  ) {}

  async submit(command: z.infer<typeof suggestionRefSchema>): Promise<PlanSuggestionView> {
    const zone = await this.settings.timeZone();
    return this.step(command, 'submit', 'submitted', (suggestion, deadline) => {
      assertBeforeDeadline(deadline, new Date(), zone);
      suggestion.leaderNote = null;
    });
  }

  approve(command: z.infer<typeof suggestionRefSchema>): Promise<PlanSuggestionView> {
    return this.step(command, 'approve', 'sent', (suggestion, _deadline, caller) => {
      Object.assign(suggestion, { approvedBy: caller.personId, approvedByName: nameOf(caller), sentAt: new Date() });
    });
  }

  return(command: z.infer<typeof returnSuggestionCommandSchema>): Promise<PlanSuggestionView> {
    return this.step(command, 'return', 'returned', (suggestion) => {
      suggestion.leaderNote = command.note;
    });
  }

  private step(
    command: { id: string },
    action: 'submit' | 'approve' | 'return',
    audited: string,
    apply: (suggestion: PlanSuggestionEntity, deadline: string | null, caller: Caller) => void,
  ): Promise<PlanSuggestionView> {
    const caller = currentCaller();
    return this.database.write(async (manager) => {
      const suggestion = await findVisibleSuggestion(manager, command.id, caller, true);
      const next = nextSuggestionStatus(action, suggestion, caller);
      const plan = await findVisiblePlan(manager, suggestion.planId, caller.roles);
      assertSoliciting(plan.status);
      const before = toSuggestionView(suggestion);
      apply(suggestion, plan.suggestionsDeadline, caller);
      suggestion.status = next;
      const after = toSuggestionView(await manager.getRepository(PlanSuggestionEntity).save(suggestion));
      await auditChange(manager, 'plan-suggestion', suggestion.id, audited, before, after);
      // The branch leader's 待办: open while the suggestion waits for them.
      const taskKey = PlanningTaskKey.approveSuggestion(suggestion.id);
      if (action === 'submit') {
        await openTask(manager, {
          taskKey,
          kind: 'plan-suggestion.approve',
          title: suggestion.topic,
          assignee: { orgUnitId: suggestion.orgUnitId, roles: ['party-leader'] },
          record: { resource: 'plan-suggestions', id: suggestion.id },
          dueOn: plan.suggestionsDeadline,
          confidential: false,
        });
      } else {
        await closeTask(manager, taskKey);
      }
      return after;
    });
  }
}
