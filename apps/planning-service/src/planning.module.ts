import { type DynamicModule, Module } from '@nestjs/common';
import { natsConfigSchema } from '@xieshang/platform-config';
import { MessagingModule } from '@xieshang/platform-messaging';
import { natsRoutes, ServiceDatabaseModule, SettingsClientModule } from '@xieshang/platform-runtime';
import { DirectoryOrgUnits } from './directory/directory-org-units.js';
import { ExportPlanHandler } from './export/export-plan.handler.js';
import { CreatePlanningSchema1764201600000 } from './migrations/1764201600000-create-planning-schema.js';
import { CreatePlans1764202000000 } from './migrations/1764202000000-create-plans.js';
import { CreateResearchTopics1764202100000 } from './migrations/1764202100000-create-research-topics.js';
import { AddPlanReasons1764202300000 } from './migrations/1764202300000-add-plan-reasons.js';
import { FailLoudTenantPoliciesPlanning1764300000000 } from './migrations/1764300000000-fail-loud-tenant-policies.js';
import { CancelPlanItemHandler } from './plan-items/commands/cancel-plan-item.handler.js';
import { CreatePlanItemHandler } from './plan-items/commands/create-plan-item.handler.js';
import { UpdatePlanItemHandler } from './plan-items/commands/update-plan-item.handler.js';
import { PlanItemEntity } from './plan-items/plan-item.entity.js';
import { PlanItemQueriesHandler } from './plan-items/queries/plan-item-queries.handler.js';
import { ApprovePlanHandler } from './plans/commands/approve-plan.handler.js';
import { CreatePlanHandler } from './plans/commands/create-plan.handler.js';
import { PlanTransitionHandler } from './plans/commands/plan-transition.handler.js';
import { PublishPlanHandler } from './plans/commands/publish-plan.handler.js';
import { UpdatePlanHandler } from './plans/commands/update-plan.handler.js';
import { PlanEntity } from './plans/plan.entity.js';
import { DistrictPlanFiguresHandler } from './plans/queries/district-plan-figures.handler.js';
import { PlanQueriesHandler } from './plans/queries/plan-queries.handler.js';
import { PLANNING_SCHEMA } from './planning.constants.js';
import { CreateResearchTopicHandler } from './research-topics/commands/create-research-topic.handler.js';
import { ResearchTopicAssignmentHandler } from './research-topics/commands/research-topic-assignment.handler.js';
import { UpdateResearchTopicHandler } from './research-topics/commands/update-research-topic.handler.js';
import { ResearchTopicQueriesHandler } from './research-topics/queries/research-topic-queries.handler.js';
import { ResearchTopicChoiceEntity, ResearchTopicEntity } from './research-topics/research-topic.entity.js';
import { PlanRevisionEntity } from './revisions/plan-revision.entity.js';
import { RevisionQueriesHandler } from './revisions/revision-queries.handler.js';
import { PlanningSettings } from './settings/planning-settings.js';
import { CreateSuggestionHandler } from './suggestions/commands/create-suggestion.handler.js';
import { DecideSuggestionHandler } from './suggestions/commands/decide-suggestion.handler.js';
import { SuggestionStepsHandler } from './suggestions/commands/suggestion-steps.handler.js';
import { UpdateSuggestionHandler } from './suggestions/commands/update-suggestion.handler.js';
import { PlanSuggestionEntity } from './suggestions/plan-suggestion.entity.js';
import { SuggestionQueriesHandler } from './suggestions/queries/suggestion-queries.handler.js';
import { PLANNING_ROUTES } from './planning.routes.js';

/** Annual consultation plans (会议协商计划): plans, items, party suggestions, revisions, research topics. */
@Module({})
export class PlanningModule {
  /**
   * The service asks directory-service over NATS: org units through the requester, settings
   * through the cached settings client. A bad NATS variable is
   * reported by the service's config check, which runs before this module starts.
   */
  static register(env: NodeJS.ProcessEnv = process.env): DynamicModule {
    const nats = natsConfigSchema.safeParse(env).data ?? natsConfigSchema.parse({});
    return {
      module: PlanningModule,
      imports: [
        MessagingModule.forRoot({ nats, requestTimeoutMs: nats.NATS_REQUEST_TIMEOUT_MS, service: 'planning-service' }),
        ServiceDatabaseModule.forSchema({
          schema: PLANNING_SCHEMA,
          entities: [PlanEntity, PlanItemEntity, PlanSuggestionEntity, PlanRevisionEntity, ResearchTopicEntity, ResearchTopicChoiceEntity],
          migrations: [
            CreatePlanningSchema1764201600000,
            CreatePlans1764202000000,
            CreateResearchTopics1764202100000,
            AddPlanReasons1764202300000,
            FailLoudTenantPoliciesPlanning1764300000000,
          ],
        }),
        SettingsClientModule.forRoot(),
      ],
      controllers: [natsRoutes(PLANNING_ROUTES)],
      providers: [
        DirectoryOrgUnits,
        PlanningSettings,
        PlanQueriesHandler,
        DistrictPlanFiguresHandler,
        CreatePlanHandler,
        UpdatePlanHandler,
        PlanTransitionHandler,
        ApprovePlanHandler,
        PublishPlanHandler,
        RevisionQueriesHandler,
        ExportPlanHandler,
        PlanItemQueriesHandler,
        CreatePlanItemHandler,
        UpdatePlanItemHandler,
        CancelPlanItemHandler,
        SuggestionQueriesHandler,
        CreateSuggestionHandler,
        UpdateSuggestionHandler,
        SuggestionStepsHandler,
        DecideSuggestionHandler,
        ResearchTopicQueriesHandler,
        CreateResearchTopicHandler,
        UpdateResearchTopicHandler,
        ResearchTopicAssignmentHandler,
      ],
    };
  }
}
