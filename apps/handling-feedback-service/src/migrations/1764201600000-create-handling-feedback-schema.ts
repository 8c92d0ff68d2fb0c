import type { MigrationInterface, QueryRunner } from 'typeorm';
import { outboxStatements } from '@xieshang/platform-messaging';

/** The handling_feedback schema's outbox and inbox, under tenant isolation. */
export class CreateHandlingFeedbackSchema1764201600000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    for (const statement of outboxStatements('handling_feedback')) await runner.query(statement);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('drop table if exists handling_feedback.inbox, handling_feedback.outbox cascade');
  }
}
