import { type DynamicModule, Module } from '@nestjs/common';
import { natsConfigSchema } from '@xieshang/platform-config';
import { MessagingModule } from '@xieshang/platform-messaging';
import { natsRoutes, ServiceDatabaseModule, SettingsClientModule } from '@xieshang/platform-runtime';
import { AttachmentHandler } from './attachments/attachment.handler.js';
import { DirectoryClient } from './directory/directory-client.js';
import { EscalationEventsSubscriber } from './escalations/escalation-events.subscriber.js';
import { EscalationEntity } from './escalations/escalation.entity.js';
import { EscalationHandler } from './escalations/escalation.handler.js';
import { MaterialEntity } from './materials/material.entity.js';
import { MaterialHandler } from './materials/material.handler.js';
import { CreateWrittenConsultationSchema1764201600000 } from './migrations/1764201600000-create-written-consultation-schema.js';
import { FailLoudTenantPoliciesWrittenConsultation1764300000000 } from './migrations/1764300000000-fail-loud-tenant-policies.js';
import { CreateWrittenRecords1796100000000 } from './migrations/1796100000000-create-written-records.js';
import { AddAttachments1796100100000 } from './migrations/1796100100000-add-attachments.js';
import { DraftReplyHandler } from './replies/commands/draft-reply.handler.js';
import { ReplyStepsHandler } from './replies/commands/reply-steps.handler.js';
import { ReplyQueriesHandler } from './replies/queries/reply-queries.handler.js';
import { ReplyEntity } from './replies/reply.entity.js';
import { CreateSolicitationHandler } from './solicitations/commands/create-solicitation.handler.js';
import { SolicitationTransitionHandler } from './solicitations/commands/solicitation-transition.handler.js';
import { UpdateSolicitationHandler } from './solicitations/commands/update-solicitation.handler.js';
import { SolicitationQueriesHandler } from './solicitations/queries/solicitation-queries.handler.js';
import { SolicitationChecks } from './solicitations/solicitation-checks.js';
import { SolicitationEntity } from './solicitations/solicitation.entity.js';
import { DraftSubmissionHandler } from './submissions/commands/draft-submission.handler.js';
import { SubmissionStepsHandler } from './submissions/commands/submission-steps.handler.js';
import { SubmissionQueriesHandler } from './submissions/queries/submission-queries.handler.js';
import { SubmissionEntity } from './submissions/submission.entity.js';
import { SummaryEntity } from './summaries/summary.entity.js';
import { SummaryHandler } from './summaries/summary.handler.js';
import { WRITTEN_SCHEMA } from './written.constants.js';
import { WRITTEN_ROUTES } from './written.routes.js';

/** Written consultations (书面协商): solicitations, replies, summaries, party submissions, escalations, materials. */
@Module({})
export class WrittenConsultationModule {
  /** The service asks directory-service over NATS for org units and its tenant's city. */
  static register(env: NodeJS.ProcessEnv = process.env): DynamicModule {
    const nats = natsConfigSchema.safeParse(env).data ?? natsConfigSchema.parse({});
    return {
      module: WrittenConsultationModule,
      imports: [
        MessagingModule.forRoot({ nats, requestTimeoutMs: nats.NATS_REQUEST_TIMEOUT_MS, service: 'written-consultation-service' }),
        ServiceDatabaseModule.forSchema({
          schema: WRITTEN_SCHEMA,
          entities: [SolicitationEntity, ReplyEntity, SummaryEntity, SubmissionEntity, EscalationEntity, MaterialEntity],
          migrations: [CreateWrittenConsultationSchema1764201600000, FailLoudTenantPoliciesWrittenConsultation1764300000000, CreateWrittenRecords1796100000000, AddAttachments1796100100000],
        }),
        SettingsClientModule.forRoot(),
      ],
      controllers: [natsRoutes(WRITTEN_ROUTES)],
      providers: [
        DirectoryClient,
        SolicitationChecks,
        SolicitationQueriesHandler,
        CreateSolicitationHandler,
        UpdateSolicitationHandler,
        SolicitationTransitionHandler,
        ReplyQueriesHandler,
        DraftReplyHandler,
        ReplyStepsHandler,
        SummaryHandler,
        SubmissionQueriesHandler,
        DraftSubmissionHandler,
        SubmissionStepsHandler,
        EscalationHandler,
        EscalationEventsSubscriber,
        MaterialHandler,
        AttachmentHandler,
      ],
    };
  }
}
