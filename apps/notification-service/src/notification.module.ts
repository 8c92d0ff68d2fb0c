import { type DynamicModule, Module } from '@nestjs/common';
import { natsConfigSchema } from '@xieshang/platform-config';
import { MessagingModule } from '@xieshang/platform-messaging';
import { natsRoutes, ServiceDatabaseModule, SettingsClientModule } from '@xieshang/platform-runtime';
import { CreateNotificationSchema1764201600000 } from './migrations/1764201600000-create-notification-schema.js';
import { CreateNotices1764202200000 } from './migrations/1764202200000-create-notices.js';
import { AddSolicitedNotices1764202400000 } from './migrations/1764202400000-add-solicited-notices.js';
import { FailLoudTenantPoliciesNotification1764300000000 } from './migrations/1764300000000-fail-loud-tenant-policies.js';
import { PersonalNotices1796100000000 } from './migrations/1796100000000-personal-notices.js';
import { DigestDueAt1796200000000 } from './migrations/1796200000000-digest-due-at.js';
import { DeliveryQueriesHandler } from './delivery/delivery-queries.handler.js';
import { NoticeDeliveries } from './delivery/notice-deliveries.js';
import { LiveNotices } from './live/live-notices.js';
import { NoticeEventsSubscriber } from './notices/notice-events.subscriber.js';
import { PreferencesHandler } from './preferences/preferences.handler.js';
import { DirectoryPeople } from './routing/directory-people.js';
import { TaskQueriesHandler } from './tasks/task-queries.handler.js';
import { NOTIFICATION_SCHEMA } from './notification.constants.js';
import { MarkReadHandler } from './notices/mark-read.handler.js';
import { NoticeQueriesHandler } from './notices/notice-queries.handler.js';
import { NoticeTemplateSource } from './notices/notice-templates.js';
import { NOTIFICATION_ROUTES } from './notification.routes.js';

/**
 * Notices (通知): turns the procedure's events into notices for people (routing/notice-routes.ts),
 * delivers them by mail, digest and text message as each person chose, tells the console live,
 * and keeps what waits for each person (待办). The texts are the tenant's templates, read
 * through the cached settings client.
 */
@Module({})
export class NotificationModule {
  /** The service asks directory-service over NATS (who is in a unit, settings), as planning does. */
  static register(env: NodeJS.ProcessEnv = process.env): DynamicModule {
    const nats = natsConfigSchema.safeParse(env).data ?? natsConfigSchema.parse({});
    return {
      module: NotificationModule,
      ...notificationModule,
      imports: [MessagingModule.forRoot({ nats, requestTimeoutMs: nats.NATS_REQUEST_TIMEOUT_MS, service: 'notification-service' }), ...notificationModule.imports],
    };
  }
}

const notificationModule = {
  imports: [
    ServiceDatabaseModule.forSchema({
      schema: NOTIFICATION_SCHEMA,
      entities: [],
      migrations: [
        CreateNotificationSchema1764201600000,
        CreateNotices1764202200000,
        AddSolicitedNotices1764202400000,
        FailLoudTenantPoliciesNotification1764300000000,
        PersonalNotices1796100000000,
        DigestDueAt1796200000000,
      ],
    }),
    SettingsClientModule.forRoot(),
  ],
  controllers: [natsRoutes(NOTIFICATION_ROUTES)],
  providers: [
    NoticeTemplateSource,
    DirectoryPeople,
    LiveNotices,
    NoticeDeliveries,
    NoticeEventsSubscriber,
    NoticeQueriesHandler,
    MarkReadHandler,
    TaskQueriesHandler,
    PreferencesHandler,
    DeliveryQueriesHandler,
  ],
};
