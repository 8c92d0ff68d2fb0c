import { Module } from '@nestjs/common';
import { ServiceDatabaseModule } from '@xieshang/platform-runtime';
import { CreateMeetingSchema1764201600000 } from './migrations/1764201600000-create-meeting-schema.js';
import { FailLoudTenantPoliciesMeeting1764300000000 } from './migrations/1764300000000-fail-loud-tenant-policies.js';

/** Meeting and interview consultations (会议协商, 约谈协商): notices, documents, opinions, minutes. */
@Module({
  imports: [
    ServiceDatabaseModule.forSchema({
      schema: 'meeting',
      entities: [],
      migrations: [CreateMeetingSchema1764201600000, FailLoudTenantPoliciesMeeting1764300000000],
    }),
  ],
})
export class MeetingModule {}
