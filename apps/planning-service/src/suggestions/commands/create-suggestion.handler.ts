import { Injectable } from '@nestjs/common';
import { CommonErrorCode, createSuggestionCommandSchema, type PlanSuggestionView } from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';
import { TenantDatabase } from '@xieshang/platform-persistence';
import { auditChange } from '../../audit.js';
import { currentCaller, nameOf } from '@xieshang/platform-tenancy';
import { DirectoryOrgUnits, PARTY_KINDS } from '../../directory/directory-org-units.js';
import { findVisiblePlan } from '../../plans/plan-repository.js';
import { PlanningSettings } from '../../settings/planning-settings.js';
import { PlanSuggestionEntity, toSuggestionView } from '../plan-suggestion.entity.js';
import { assertSoliciting } from '../suggestion-plan.rules.js';
import { assertBeforeDeadline } from '../suggestion.rules.js';
import type { z } from 'zod';

/** A party member drafts a topic for the plan, for their own branch (the org unit of their token). */
@Injectable()
export class CreateSuggestionHandler {
  constructor(
    private readonly database: TenantDatabase,
    private readonly orgUnits: DirectoryOrgUnits,
    private readonly settings: PlanningSettings,
  ) {}

  async execute(command: z.infer<typeof createSuggestionCommandSchema>): Promise<PlanSuggestionView> {
    const caller = currentCaller();
    const orgUnitId = caller.orgUnitId;
    if (!caller.roles.includes('party-member') || !orgUnitId) {
      throw new AppException(CommonErrorCode.Forbidden, 'Only a member of a party branch drafts suggestions for it');
    }
    const [unit] = await this.orgUnits.find([orgUnitId]);
    if (!unit || !PARTY_KINDS.includes(unit.kind)) throw new AppException(CommonErrorCode.Forbidden, 'Suggestions come from party branches only');
    const zone = await this.settings.timeZone();
    return this.database.write(async (manager) => {
      const plan = await findVisiblePlan(manager, command.planId, caller.roles);
      assertSoliciting(plan.status);
      assertBeforeDeadline(plan.suggestionsDeadline, new Date(), zone);
      const repository = manager.getRepository(PlanSuggestionEntity);
      const saved = await repository.save(
        repository.create({
          planId: plan.id,
          orgUnitId,
          topic: command.topic,
          reason: command.reason,
          status: 'draft',
          authorId: caller.personId,
          authorName: nameOf(caller),
        }),
      );
      const view = toSuggestionView(saved);
      await auditChange(manager, 'plan-suggestion', saved.id, 'created', null, view);
      return view;
    });
  }
}
