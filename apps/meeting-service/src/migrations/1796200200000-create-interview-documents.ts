import type { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantTableStatements } from '@xieshang/platform-persistence';

/** The documents sent in advance with an interview's information. */
export class CreateInterviewDocuments1796200200000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    const statements = [
      `create table meeting.interview_documents (
        id uuid primary key default gen_random_uuid(),
        tenant_id text not null,
        interview_id uuid not null references meeting.interviews (id),
        storage_key text not null check (storage_key = tenant_id || '/' || sha256),
        sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
        size bigint not null check (size > 0),
        media_type text not null,
        file_name text not null check (length(file_name) between 1 and 255),
        uploaded_by text,
        uploaded_by_name text not null,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        version integer not null default 1
      )`,
      'create index interview_documents_interview on meeting.interview_documents (tenant_id, interview_id)',
      ...tenantTableStatements('meeting', 'interview_documents'),
    ];
    for (const statement of statements) await runner.query(statement);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('drop table if exists meeting.interview_documents cascade');
  }
}
