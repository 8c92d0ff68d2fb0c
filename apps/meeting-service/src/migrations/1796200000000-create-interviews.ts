import type { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantTableStatements } from '@xieshang/platform-persistence';

const list = (values: readonly string[]): string => values.map((value) => `'${value}'`).join(',');
const STATUSES = list(['requested', 'scheduled', 'held', 'recorded', 'declined']);

/** Interview consultations (约谈协商) and the opinions raised at them. */
export class CreateInterviews1796200000000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    const statements = [
      `create table meeting.interviews (
        id uuid primary key default gen_random_uuid(),
        tenant_id text not null,
        origin text not null check (origin in ('cpc', 'party')),
        status text not null check (status in (${STATUSES})),
        party_org_unit_id uuid not null,
        subject text not null check (length(subject) between 1 and 200),
        information text not null check (length(information) between 1 and 20000),
        leader_person_id text,
        leader_name text,
        preferred_leader text,
        starts_at timestamptz,
        ends_at timestamptz,
        place text,
        organiser_org_unit_ids uuid[] not null default '{}',
        requested_by text,
        requested_by_name text not null,
        scheduled_by text,
        scheduled_by_name text,
        scheduled_at timestamptz,
        held_by_name text,
        held_at timestamptz,
        recorded_by_name text,
        recorded_at timestamptz,
        summary text,
        declined_by_name text,
        declined_at timestamptz,
        decline_reason text,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        version integer not null default 1,
        check ((status in ('scheduled', 'held', 'recorded')) <= (starts_at is not null and place is not null and leader_person_id is not null)),
        check ((status = 'declined') = (decline_reason is not null)),
        check (ends_at is null or ends_at > starts_at)
      )`,
      'create index interviews_party on meeting.interviews (tenant_id, party_org_unit_id)',
      'create index interviews_starts_at on meeting.interviews (tenant_id, starts_at)',
      ...tenantTableStatements('meeting', 'interviews'),
      `create table meeting.interview_opinions (
        id uuid primary key default gen_random_uuid(),
        tenant_id text not null,
        interview_id uuid not null references meeting.interviews (id),
        text text not null check (length(text) between 1 and 20000),
        raised_by_name text not null,
        raised_by_person_id uuid,
        suggested_track text not null check (suggested_track in ('document_revision', 'actionable')),
        raised_at timestamptz not null,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        version integer not null default 1
      )`,
      'create index interview_opinions_interview on meeting.interview_opinions (tenant_id, interview_id)',
      ...tenantTableStatements('meeting', 'interview_opinions'),
    ];
    for (const statement of statements) await runner.query(statement);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('drop table if exists meeting.interview_opinions, meeting.interviews cascade');
  }
}
