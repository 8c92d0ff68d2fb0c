import type { MigrationInterface, QueryRunner } from 'typeorm';
import { outboxStatements } from '@xieshang/platform-messaging';

/** The written_consultation schema's outbox and inbox, under tenant isolation. */
export class CreateWrittenConsultationSchema1764201600000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    for (const statement of outboxStatements('written_consultation')) await runner.query(statement);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('drop table if exists written_consultation.inbox, written_consultation.outbox cascade');
  }
}
