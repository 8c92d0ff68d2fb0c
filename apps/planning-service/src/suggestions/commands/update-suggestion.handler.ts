import { Injectable } from '@nestjs/common';
import { type PlanSuggestionView, updateSuggestionCommandSchema } from '@xieshang/contracts';
import { assertCurrentVersion, TenantDatabase } from '@xieshang/platform-persistence';
import { auditChange } from '../../audit.js';
import { currentCaller } from '@xieshang/platform-tenancy';
import { findVisiblePlan } from '../../plans/plan-repository.js';
import { PlanSuggestionEntity, toSuggestionView } from '../plan-suggestion.entity.js';
import { findVisibleSuggestion } from '../suggestion.repository.js';
import { assertSoliciting } from '../suggestion-plan.rules.js';
import { nextSuggestionStatus } from '../suggestion.rules.js';
import type { z } from 'zod';

/** The branch edits its draft (also after its leader returned it with a note). */
@Injectable()
export class UpdateSuggestionHandler {
  constructor(private readonly database: TenantDatabase) {}

  async execute(command: z.infer<typeof updateSuggestionCommandSchema>): Promise<PlanSuggestionView> {
    const caller = currentCaller();
    return this.database.write(async (manager) => {
      const suggestion = await findVisibleSuggestion(manager, command.id, caller, true);
      nextSuggestionStatus('edit', suggestion, caller);
      assertCurrentVersion('plan suggestion', suggestion.version, command.version);
      assertSoliciting((await findVisiblePlan(manager, suggestion.planId, caller.roles)).status);
      const before = toSuggestionView(suggestion);
      Object.assign(suggestion, { topic: command.topic, reason: command.reason });
      const after = toSuggestionView(await manager.getRepository(PlanSuggestionEntity).save(suggestion));
      await auditChange(manager, 'plan-suggestion', suggestion.id, 'updated', before, after);
      return after;
    });
  }
}
