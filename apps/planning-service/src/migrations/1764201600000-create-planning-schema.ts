import type { MigrationInterface, QueryRunner } from 'typeorm';
import { outboxStatements } from '@xieshang/platform-messaging';

/** The planning schema's outbox and inbox, under tenant isolation. */
export class CreatePlanningSchema1764201600000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    for (const statement of outboxStatements('planning')) await runner.query(statement);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('drop table if exists planning.inbox, planning.outbox cascade');
  }
}
