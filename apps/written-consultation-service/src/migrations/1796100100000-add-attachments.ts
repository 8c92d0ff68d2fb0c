import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Solicitations and materials carry files: the descriptors of what the gateway stored. */
export class AddAttachments1796100100000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`alter table written_consultation.solicitations add column attachments jsonb not null default '[]'`);
    await runner.query(`alter table written_consultation.materials add column attachments jsonb not null default '[]'`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('alter table written_consultation.materials drop column attachments');
    await runner.query('alter table written_consultation.solicitations drop column attachments');
  }
}
