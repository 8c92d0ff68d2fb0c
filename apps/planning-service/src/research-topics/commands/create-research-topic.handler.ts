import { Injectable } from '@nestjs/common';
import { createResearchTopicCommandSchema, type ResearchTopicView } from '@xieshang/contracts';
import { TenantDatabase } from '@xieshang/platform-persistence';
import { requireTenantId } from '@xieshang/platform-tenancy';
import { auditChange } from '../../audit.js';
import { currentCaller } from '@xieshang/platform-tenancy';
import { DirectoryOrgUnits } from '../../directory/directory-org-units.js';
import { assertKnownOrgUnits } from '../../plan-items/plan-item.rules.js';
import { PLAN_EDITORS, requireRole } from '../../plans/plan-access.rules.js';
import { PlanningSettings } from '../../settings/planning-settings.js';
import { ResearchTopicEntity } from '../research-topic.entity.js';
import { standingStudyTours, topicViews } from '../research-topic.repository.js';
import { assertStudyTourFits } from '../research-topic.rules.js';
import type { z } from 'zod';

/** UFWD (or office) adds a catalogue topic, commissions key research to a party, or plans a study tour. */
@Injectable()
export class CreateResearchTopicHandler {
  constructor(
    private readonly database: TenantDatabase,
    private readonly orgUnits: DirectoryOrgUnits,
    private readonly settings: PlanningSettings,
  ) {}

  async execute(command: z.infer<typeof createResearchTopicCommandSchema>): Promise<ResearchTopicView> {
    const caller = currentCaller();
    requireRole(caller.roles, PLAN_EDITORS, 'manage research topics');
    const commissioned = command.kind === 'commissioned' ? command.commissionedOrgUnitId ?? null : null;
    if (commissioned) {
      const named = [{ id: commissioned, path: 'commissionedOrgUnitId' }];
      assertKnownOrgUnits(named, await this.orgUnits.knownIds([commissioned]));
    }
    const limits = command.kind === 'study_tour' ? await this.settings.studyTourLimits() : null;
    return this.database.write(async (manager) => {
      const repository = manager.getRepository(ResearchTopicEntity);
      if (limits) {
        // Serialises study tours of one tenant, so two at once cannot both pass the count.
        await manager.query(`select pg_advisory_xact_lock(hashtext('planning.study-tours.' || $1 || '.' || $2))`, [requireTenantId(), command.year]);
        assertStudyTourFits(await standingStudyTours(manager, command.year), limits, command.year);
      }
      const topic = await repository.save(
        repository.create({
          year: command.year,
          kind: command.kind,
          title: command.title,
          description: command.description,
          commissionedOrgUnitId: commissioned,
          tourDate: command.kind === 'study_tour' ? command.tourDate ?? null : null,
          destination: command.kind === 'study_tour' ? command.destination ?? null : null,
          status: commissioned ? 'chosen' : 'open',
          createdBy: caller.personId,
        }),
      );
      const [view] = await topicViews(manager, [topic], caller.roles, caller.orgUnitId);
      await auditChange(manager, 'research-topic', topic.id, 'created', null, view);
      return view as ResearchTopicView;
    });
  }
}
