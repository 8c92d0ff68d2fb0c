import type { MigrationInterface, QueryRunner } from 'typeorm';
import { outboxStatements } from '@xieshang/platform-messaging';

/** The notification schema's outbox and inbox, under tenant isolation. */
export class CreateNotificationSchema1764201600000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    for (const statement of outboxStatements('notification')) await runner.query(statement);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('drop table if exists notification.inbox, notification.outbox cascade');
  }
}
