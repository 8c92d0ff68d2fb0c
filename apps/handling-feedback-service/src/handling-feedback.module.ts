import { Module } from '@nestjs/common';
import { ServiceDatabaseModule } from '@xieshang/platform-runtime';
import { CreateHandlingFeedbackSchema1764201600000 } from './migrations/1764201600000-create-handling-feedback-schema.js';
import { FailLoudTenantPoliciesHandlingFeedback1764300000000 } from './migrations/1764300000000-fail-loud-tenant-policies.js';

/** Handling and feedback (协商反馈): cases from opinions, assignment, outcomes, supervision. */
@Module({
  imports: [
    ServiceDatabaseModule.forSchema({
      schema: 'handling_feedback',
      entities: [],
      migrations: [CreateHandlingFeedbackSchema1764201600000, FailLoudTenantPoliciesHandlingFeedback1764300000000],
    }),
  ],
})
export class HandlingFeedbackModule {}
