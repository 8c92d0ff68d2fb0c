import { type DynamicModule, Module } from '@nestjs/common';
import { natsConfigSchema } from '@xieshang/platform-config';
import { MessagingModule } from '@xieshang/platform-messaging';
import { natsRoutes, ServiceDatabaseModule, SettingsClientModule } from '@xieshang/platform-runtime';
import { DirectoryOrgUnits } from './directory/directory-org-units.js';
import { MeetingDocumentEntity } from './documents/meeting-document.entity.js';
import { MeetingDocumentsHandler } from './documents/meeting-documents.handler.js';
import { MEETING_SCHEMA } from './meeting.constants.js';
import { MEETING_ROUTES } from './meeting.routes.js';
import { CreateMeetingHandler } from './meetings/commands/create-meeting.handler.js';
import { MeetingStepsHandler } from './meetings/commands/meeting-steps.handler.js';
import { UpdateMeetingHandler } from './meetings/commands/update-meeting.handler.js';
import { MeetingEntity, MeetingStepEntity } from './meetings/meeting.entity.js';
import { MeetingFiguresHandler } from './meetings/queries/meeting-figures.handler.js';
import { MeetingQueriesHandler } from './meetings/queries/meeting-queries.handler.js';
import { CreateMeetingSchema1764201600000 } from './migrations/1764201600000-create-meeting-schema.js';
import { FailLoudTenantPoliciesMeeting1764300000000 } from './migrations/1764300000000-fail-loud-tenant-policies.js';
import { CreateMeetings1796100000000 } from './migrations/1796100000000-create-meetings.js';
import { AgendaOutcomesHandler } from './opinions/agenda-outcomes.handler.js';
import { MeetingOpinionEntity } from './opinions/meeting-opinion.entity.js';
import { RecordOpinionHandler } from './opinions/record-opinion.handler.js';
import { TransferOutcomesHandler } from './opinions/transfer-outcomes.handler.js';
import { AcceptPlanChangeHandler } from './plan/accept-plan-change.handler.js';
import { PlanEventsSubscriber } from './plan/plan-events.subscriber.js';
import { PreparedOpinionEntity } from './prepared-opinions/prepared-opinion.entity.js';
import { PreparedOpinionHandler } from './prepared-opinions/prepared-opinion.handler.js';
import { ConfirmReadingHandler } from './readings/confirm-reading.handler.js';
import { MeetingReadingEntity } from './readings/reading.entity.js';
import { MeetingSettings } from './settings/meeting-settings.js';

/** Meeting and interview consultations (会议协商, 约谈协商): notices, documents, opinions, minutes. */
@Module({})
export class MeetingModule {
  /** The service asks directory-service over NATS: org units through the requester, settings through the cached settings client. */
  static register(env: NodeJS.ProcessEnv = process.env): DynamicModule {
    const nats = natsConfigSchema.safeParse(env).data ?? natsConfigSchema.parse({});
    return {
      module: MeetingModule,
      imports: [
        MessagingModule.forRoot({ nats, requestTimeoutMs: nats.NATS_REQUEST_TIMEOUT_MS, service: 'meeting-service' }),
        ServiceDatabaseModule.forSchema({
          schema: MEETING_SCHEMA,
          entities: [MeetingEntity, MeetingStepEntity, MeetingReadingEntity, PreparedOpinionEntity, MeetingOpinionEntity, MeetingDocumentEntity],
          migrations: [CreateMeetingSchema1764201600000, FailLoudTenantPoliciesMeeting1764300000000, CreateMeetings1796100000000],
        }),
        SettingsClientModule.forRoot(),
      ],
      controllers: [natsRoutes(MEETING_ROUTES)],
      providers: [
        DirectoryOrgUnits,
        MeetingSettings,
        PlanEventsSubscriber,
        MeetingQueriesHandler,
        MeetingFiguresHandler,
        CreateMeetingHandler,
        UpdateMeetingHandler,
        MeetingStepsHandler,
        TransferOutcomesHandler,
        AcceptPlanChangeHandler,
        ConfirmReadingHandler,
        PreparedOpinionHandler,
        RecordOpinionHandler,
        AgendaOutcomesHandler,
        MeetingDocumentsHandler,
      ],
    };
  }
}
