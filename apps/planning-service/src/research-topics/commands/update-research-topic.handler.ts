import { Injectable } from '@nestjs/common';
import { PlanningErrorCode, type ResearchTopicView, updateResearchTopicCommandSchema } from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';
import { assertCurrentVersion, TenantDatabase } from '@xieshang/platform-persistence';
import { auditChange } from '../../audit.js';
import { currentCaller } from '@xieshang/platform-tenancy';
import { PLAN_EDITORS, requireRole } from '../../plans/plan-access.rules.js';
import { ResearchTopicEntity } from '../research-topic.entity.js';
import { findVisibleTopic, standingStudyTours, topicViews } from '../research-topic.repository.js';
import { assertStudyTourFits } from '../research-topic.rules.js';
import { PlanningSettings } from '../../settings/planning-settings.js';
import type { z } from 'zod';

/** Edits a topic's text, a tour's date and destination, or closes the topic. */
@Injectable()
export class UpdateResearchTopicHandler {
  constructor(
    private readonly database: TenantDatabase,
    private readonly settings: PlanningSettings,
  ) {}

  async execute(command: z.infer<typeof updateResearchTopicCommandSchema>): Promise<ResearchTopicView> {
    const caller = currentCaller();
    requireRole(caller.roles, PLAN_EDITORS, 'manage research topics');
    const limits = command.status && command.status !== 'closed' ? await this.settings.studyTourLimits() : null;
    return this.database.write(async (manager) => {
      const topic = await findVisibleTopic(manager, command.id, caller, true);
      assertCurrentVersion('research topic', topic.version, command.version);
      const [before] = await topicViews(manager, [topic], caller.roles, caller.orgUnitId);
      if (topic.kind === 'study_tour') {
        const tourDate = command.tourDate ?? topic.tourDate;
        if (tourDate && Number(tourDate.slice(0, 4)) !== topic.year) {
          throw new AppException(PlanningErrorCode.OutsidePlanYear, `The tour date is outside ${topic.year}`, {
            fields: [{ path: 'tourDate', message: `must be a day in ${topic.year}` }],
          });
        }
        // A closed tour reopened counts toward the maximum again.
        if (limits && topic.status === 'closed') assertStudyTourFits(await standingStudyTours(manager, topic.year), limits, topic.year);
        Object.assign(topic, { tourDate, destination: command.destination ?? topic.destination });
      }
      Object.assign(topic, { title: command.title, description: command.description, status: command.status ?? topic.status });
      const saved = await manager.getRepository(ResearchTopicEntity).save(topic);
      const [after] = await topicViews(manager, [saved], caller.roles, caller.orgUnitId);
      await auditChange(manager, 'research-topic', topic.id, 'updated', before, after);
      return after as ResearchTopicView;
    });
  }
}
