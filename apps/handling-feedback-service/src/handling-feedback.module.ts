import { type DynamicModule, Module } from '@nestjs/common';
import { natsConfigSchema } from '@xieshang/platform-config';
import { MessagingModule } from '@xieshang/platform-messaging';
import { natsRoutes, ServiceDatabaseModule, SettingsClientModule } from '@xieshang/platform-runtime';
import { CaseDeadlinesSubscriber } from './cases/case-deadlines.subscriber.js';
import { CaseWork } from './cases/case-work.js';
import { AssignmentHandler } from './cases/commands/assignment.handler.js';
import { HandlingHandler } from './cases/commands/handling.handler.js';
import { RateCaseHandler } from './cases/commands/rate-case.handler.js';
import { RecordAdoptionHandler } from './cases/commands/record-adoption.handler.js';
import { RegisterCaseHandler } from './cases/commands/register-case.handler.js';
import { ReviewHandler } from './cases/commands/review.handler.js';
import { TriageHandler } from './cases/commands/triage.handler.js';
import { CaseQueriesHandler } from './cases/queries/case-queries.handler.js';
import { DashboardCounters } from './dashboard/dashboard-counters.js';
import { DirectoryOrgUnits } from './directory/directory-org-units.js';
import { OfficeUnitsSource } from './directory/office-units.js';
import { HANDLING_SCHEMA } from './handling.constants.js';
import { HANDLING_ROUTES } from './handling.routes.js';
import { CreateHandlingFeedbackSchema1764201600000 } from './migrations/1764201600000-create-handling-feedback-schema.js';
import { FailLoudTenantPoliciesHandlingFeedback1764300000000 } from './migrations/1764300000000-fail-loud-tenant-policies.js';
import { CreateCases1796100000000 } from './migrations/1796100000000-create-cases.js';
import { CreateDashboardCounts1796100100000 } from './migrations/1796100100000-create-dashboard-counts.js';
import { OpinionEventsSubscriber } from './opinions/opinion-events.subscriber.js';
import { HandlingSettings } from './settings/handling-settings.js';
import { YearEndReportHandler } from './reports/year-end-report.handler.js';
import { SupervisionHandler } from './reports/supervision.handler.js';
import { DashboardHandler } from './dashboard/dashboard.handler.js';
import { DashboardEventsSubscriber } from './dashboard/dashboard-events.subscriber.js';
import { CreateSupervisionReports1796100200000 } from './migrations/1796100200000-create-supervision-reports.js';

/** Handling and feedback (协商反馈): cases from opinions, assignment, outcomes, supervision. */
@Module({})
export class HandlingFeedbackModule {
  /** The service asks directory-service over NATS: org units through the requester, settings through the cached settings client. */
  static register(env: NodeJS.ProcessEnv = process.env): DynamicModule {
    const nats = natsConfigSchema.safeParse(env).data ?? natsConfigSchema.parse({});
    return {
      module: HandlingFeedbackModule,
      imports: [
        MessagingModule.forRoot({ nats, requestTimeoutMs: nats.NATS_REQUEST_TIMEOUT_MS, service: 'handling-feedback-service' }),
        ServiceDatabaseModule.forSchema({
          schema: HANDLING_SCHEMA,
          entities: [],
          migrations: [
            CreateHandlingFeedbackSchema1764201600000,
            FailLoudTenantPoliciesHandlingFeedback1764300000000,
            CreateCases1796100000000,
            CreateDashboardCounts1796100100000,
            CreateSupervisionReports1796100200000,
          ],
        }),
        SettingsClientModule.forRoot(),
      ],
      controllers: [natsRoutes(HANDLING_ROUTES)],
      providers: [
        DirectoryOrgUnits,
        OfficeUnitsSource,
        HandlingSettings,
        DashboardCounters,
        CaseWork,
        CaseQueriesHandler,
        RegisterCaseHandler,
        TriageHandler,
        RecordAdoptionHandler,
        AssignmentHandler,
        HandlingHandler,
        ReviewHandler,
        RateCaseHandler,
        OpinionEventsSubscriber,
        CaseDeadlinesSubscriber,
        YearEndReportHandler,
        SupervisionHandler,
        DashboardHandler,
        DashboardEventsSubscriber,
      ],
    };
  }
}
