import { Module } from '@nestjs/common';
import { ServiceDatabaseModule } from '@xieshang/platform-runtime';
import { CreateNotificationSchema1764201600000 } from './migrations/1764201600000-create-notification-schema.js';

/** Notices (通知): turns events into messages for org units and people, by mail and in the console. */
@Module({
  imports: [
    ServiceDatabaseModule.forSchema({
      schema: 'notification',
      entities: [],
      migrations: [CreateNotificationSchema1764201600000],
    }),
  ],
})
export class NotificationModule {}
