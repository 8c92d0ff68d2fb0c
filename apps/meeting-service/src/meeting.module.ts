import { type DynamicModule, Module } from '@nestjs/common';
import { natsConfigSchema } from '@xieshang/platform-config';
import { MessagingModule } from '@xieshang/platform-messaging';
import { natsRoutes, ServiceDatabaseModule, SettingsClientModule } from '@xieshang/platform-runtime';
import { CALENDAR_ENTITIES, CALENDAR_PROVIDERS } from './calendar/calendar.providers.js';
import { INTERVIEW_ENTITIES, INTERVIEW_PROVIDERS } from './interviews/interview.providers.js';
import { MEETING_SCHEMA } from './meeting.constants.js';
import { MEETING_ROUTES } from './meeting.routes.js';
import { MEETING_ENTITIES, MEETING_PROVIDERS } from './meetings/meeting.providers.js';
import { CreateMeetingSchema1764201600000 } from './migrations/1764201600000-create-meeting-schema.js';
import { FailLoudTenantPoliciesMeeting1764300000000 } from './migrations/1764300000000-fail-loud-tenant-policies.js';
import { CreateMeetings1796100000000 } from './migrations/1796100000000-create-meetings.js';
import { CreateInterviews1796200000000 } from './migrations/1796200000000-create-interviews.js';
import { CreateCalendarSubscriptions1796200100000 } from './migrations/1796200100000-create-calendar-subscriptions.js';
import { CreateInterviewDocuments1796200200000 } from './migrations/1796200200000-create-interview-documents.js';

/** Meeting and interview consultations (会议协商, 约谈协商): notices, documents, opinions, minutes; and each person's calendar. */
@Module({})
export class MeetingModule {
  /**
   * The service asks directory-service over NATS about org units and people, and reads the lead
   * times through the cached settings client; a bad NATS variable is reported by the config check first.
   */
  static register(env: NodeJS.ProcessEnv = process.env): DynamicModule {
    const nats = natsConfigSchema.safeParse(env).data ?? natsConfigSchema.parse({});
    return {
      module: MeetingModule,
      imports: [
        MessagingModule.forRoot({ nats, requestTimeoutMs: nats.NATS_REQUEST_TIMEOUT_MS, service: 'meeting-service' }),
        ServiceDatabaseModule.forSchema({
          schema: MEETING_SCHEMA,
          entities: [...MEETING_ENTITIES, ...INTERVIEW_ENTITIES, ...CALENDAR_ENTITIES],
          migrations: [
            CreateMeetingSchema1764201600000,
            FailLoudTenantPoliciesMeeting1764300000000,
            CreateMeetings1796100000000,
            CreateInterviews1796200000000,
            CreateCalendarSubscriptions1796200100000,
            CreateInterviewDocuments1796200200000,
          ],
        }),
        SettingsClientModule.forRoot(),
      ],
      controllers: [natsRoutes(MEETING_ROUTES)],
      providers: [...MEETING_PROVIDERS, ...INTERVIEW_PROVIDERS, ...CALENDAR_PROVIDERS],
    };
  }
}
