import { Module } from '@nestjs/common';
import { natsRoutes, ServiceDatabaseModule, SettingsClientModule } from '@xieshang/platform-runtime';
import { CreateNotificationSchema1764201600000 } from './migrations/1764201600000-create-notification-schema.js';
import { CreateNotices1764202200000 } from './migrations/1764202200000-create-notices.js';
import { AddSolicitedNotices1764202400000 } from './migrations/1764202400000-add-solicited-notices.js';
import { FailLoudTenantPoliciesNotification1764300000000 } from './migrations/1764300000000-fail-loud-tenant-policies.js';
import { NOTIFICATION_SCHEMA } from './notification.constants.js';
import { MarkReadHandler } from './notices/mark-read.handler.js';
import { NoticeQueriesHandler } from './notices/notice-queries.handler.js';
import { NoticeTemplateSource } from './notices/notice-templates.js';
import { PlanningEventsSubscriber } from './notices/planning-events.subscriber.js';
import { NOTIFICATION_ROUTES } from './notification.routes.js';

/**
 * Notices (通知): turns events into messages for org units, read in the console by each person
 * of the unit. The texts are the tenant's templates, read through the cached settings client.
 */
@Module({
  imports: [
    ServiceDatabaseModule.forSchema({
      schema: NOTIFICATION_SCHEMA,
      entities: [],
      migrations: [
        CreateNotificationSchema1764201600000,
        CreateNotices1764202200000,
        AddSolicitedNotices1764202400000,
        FailLoudTenantPoliciesNotification1764300000000,
      ],
    }),
    SettingsClientModule.forRoot(),
  ],
  controllers: [natsRoutes(NOTIFICATION_ROUTES)],
  providers: [NoticeTemplateSource, PlanningEventsSubscriber, NoticeQueriesHandler, MarkReadHandler],
})
export class NotificationModule {}
