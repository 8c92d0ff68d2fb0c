import { Module } from '@nestjs/common';
import { ServiceDatabaseModule } from '@xieshang/platform-runtime';
import { CreateWrittenConsultationSchema1764201600000 } from './migrations/1764201600000-create-written-consultation-schema.js';
import { FailLoudTenantPoliciesWrittenConsultation1764300000000 } from './migrations/1764300000000-fail-loud-tenant-policies.js';

/** Written consultations (书面协商): solicitations, replies, party submissions, escalations. */
@Module({
  imports: [
    ServiceDatabaseModule.forSchema({
      schema: 'written_consultation',
      entities: [],
      migrations: [CreateWrittenConsultationSchema1764201600000, FailLoudTenantPoliciesWrittenConsultation1764300000000],
    }),
  ],
})
export class WrittenConsultationModule {}
