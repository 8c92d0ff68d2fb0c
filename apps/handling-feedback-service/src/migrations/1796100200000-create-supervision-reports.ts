import type { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantTableStatements } from '@xieshang/platform-persistence';

const S = 'handling_feedback';

/** Published supervision reports (督查通报): the facts as they stood when published, and the departments they name. */
export class CreateSupervisionReports1796100200000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    const statements = [
      `create table ${S}.supervision_reports (
        id uuid primary key default gen_random_uuid(),
        tenant_id text not null,
        year integer not null check (year between 2000 and 2999),
        title text not null check (length(title) between 1 and 200),
        remarks text not null default '',
        entries jsonb not null,
        named_org_unit_ids uuid[] not null,
        published_by text,
        published_by_name text not null,
        published_at timestamptz not null default now()
      )`,
      `create index supervision_reports_year on ${S}.supervision_reports (tenant_id, year, published_at)`,
      ...tenantTableStatements(S, 'supervision_reports'),
    ];
    for (const statement of statements) await runner.query(statement);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`drop table if exists ${S}.supervision_reports`);
  }
}
