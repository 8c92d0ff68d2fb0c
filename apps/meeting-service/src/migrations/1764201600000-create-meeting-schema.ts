import type { MigrationInterface, QueryRunner } from 'typeorm';
import { outboxStatements } from '@xieshang/platform-messaging';

/** The meeting schema's outbox and inbox, under tenant isolation. */
export class CreateMeetingSchema1764201600000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    for (const statement of outboxStatements('meeting')) await runner.query(statement);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('drop table if exists meeting.inbox, meeting.outbox cascade');
  }
}
