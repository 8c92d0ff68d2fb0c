import type { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantTableStatements } from '@xieshang/platform-persistence';

/** The year's research catalogue, commissioned research, study tours, and the parties' choices. */
export class CreateResearchTopics1764202100000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    const statements = [
      `create table planning.research_topics (
        id uuid primary key default gen_random_uuid(),
        tenant_id text not null,
        year integer not null check (year between 2000 and 2999),
        kind text not null check (kind in ('catalogue', 'commissioned', 'study_tour')),
        title text not null check (length(title) between 1 and 200),
        description text not null default '',
        commissioned_org_unit_id uuid,
        tour_date date,
        destination text,
        status text not null default 'open' check (status in ('open', 'chosen', 'closed')),
        created_by text,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        version integer not null default 1,
        check (kind <> 'study_tour' or (tour_date is not null and destination is not null)),
        check (kind <> 'commissioned' or commissioned_org_unit_id is not null)
      )`,
      'create index research_topics_year on planning.research_topics (tenant_id, year, kind)',
      ...tenantTableStatements('planning', 'research_topics'),
      `create table planning.research_topic_choices (
        tenant_id text not null,
        topic_id uuid not null references planning.research_topics (id),
        org_unit_id uuid not null,
        chosen_by text,
        chosen_by_name text not null,
        chosen_at timestamptz not null default now(),
        primary key (topic_id, org_unit_id)
      )`,
      ...tenantTableStatements('planning', 'research_topic_choices'),
    ];
    for (const statement of statements) await runner.query(statement);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('drop table if exists planning.research_topic_choices, planning.research_topics cascade');
  }
}
