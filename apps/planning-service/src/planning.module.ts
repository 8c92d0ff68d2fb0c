import { Module } from '@nestjs/common';
import { ServiceDatabaseModule } from '@xieshang/platform-runtime';
import { CreatePlanningSchema1764201600000 } from './migrations/1764201600000-create-planning-schema.js';

/** Annual consultation plans (会议协商计划): plans, items, party suggestions, revisions, research topics. */
@Module({
  imports: [
    ServiceDatabaseModule.forSchema({
      schema: 'planning',
      entities: [],
      migrations: [CreatePlanningSchema1764201600000],
    }),
  ],
})
export class PlanningModule {}
