import type { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantTableStatements } from '@xieshang/platform-persistence';

const list = (values: readonly string[]): string => values.map((value) => `'${value}'`).join(',');

const KINDS = list(['thematic', 'personnel', 'research', 'briefing', 'joint']);
const STATUSES = list(['planned', 'noticed', 'documents_ready', 'held', 'minutes_recorded', 'outcomes_transferred', 'closed', 'cancelled']);

/** Meetings, their steps, readings, prepared and raised opinions, and documents. */
export class CreateMeetings1796100000000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    const statements = [
      `create table meeting.meetings (
        id uuid primary key default gen_random_uuid(),
        tenant_id text not null,
        type text not null check (type in (${KINDS})),
        title text not null check (length(title) between 1 and 300),
        origin text not null check (origin in ('plan', 'added')),
        plan_id uuid,
        plan_item_id uuid,
        planned_date date,
        planned_month integer check (planned_month between 1 and 12),
        year integer not null check (year between 2000 and 2999),
        chair_name text,
        starts_at timestamptz,
        place text,
        lead_org_unit_id uuid,
        organiser_org_unit_id uuid,
        invited_org_unit_ids uuid[] not null default '{}',
        invited_person_ids uuid[] not null default '{}',
        nominees jsonb not null default '[]'::jsonb,
        attendance jsonb not null default '[]'::jsonb,
        status text not null default 'planned' check (status in (${STATUSES})),
        cancel_reason text,
        late_notice_reason text,
        late_documents_reason text,
        plan_change jsonb,
        minutes_text text,
        minutes_attachment jsonb,
        minutes_recorded_by_name text,
        minutes_recorded_at timestamptz,
        created_by text,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        version integer not null default 1,
        check (type = 'personnel' or nominees = '[]'::jsonb),
        check ((origin = 'plan') = (plan_item_id is not null))
      )`,
      'create unique index meetings_plan_item on meeting.meetings (tenant_id, plan_item_id) where plan_item_id is not null',
      'create index meetings_year on meeting.meetings (tenant_id, year)',
      ...tenantTableStatements('meeting', 'meetings'),
      `create table meeting.meeting_steps (
        id uuid primary key default gen_random_uuid(),
        tenant_id text not null,
        meeting_id uuid not null references meeting.meetings (id),
        step text not null,
        actor_id text,
        actor_name text not null,
        at timestamptz not null default clock_timestamp(),
        reason text
      )`,
      'create index meeting_steps_meeting on meeting.meeting_steps (tenant_id, meeting_id, at)',
      ...tenantTableStatements('meeting', 'meeting_steps'),
      `create table meeting.meeting_readings (
        id uuid primary key default gen_random_uuid(),
        tenant_id text not null,
        meeting_id uuid not null references meeting.meetings (id),
        org_unit_id uuid not null,
        person_id text,
        person_name text not null,
        at timestamptz not null default now(),
        unique (meeting_id, org_unit_id)
      )`,
      ...tenantTableStatements('meeting', 'meeting_readings'),
      `create table meeting.prepared_opinions (
        id uuid primary key default gen_random_uuid(),
        tenant_id text not null,
        meeting_id uuid not null references meeting.meetings (id),
        org_unit_id uuid not null,
        text text not null check (length(text) between 1 and 20000),
        status text not null default 'draft' check (status in ('draft', 'approved')),
        drafted_by text,
        drafted_by_name text not null,
        approved_by text,
        approved_by_name text,
        approved_at timestamptz,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        version integer not null default 1
      )`,
      'create index prepared_opinions_meeting on meeting.prepared_opinions (tenant_id, meeting_id, org_unit_id)',
      ...tenantTableStatements('meeting', 'prepared_opinions'),
      `create table meeting.meeting_opinions (
        id uuid primary key default gen_random_uuid(),
        tenant_id text not null,
        meeting_id uuid not null references meeting.meetings (id),
        party_org_unit_id uuid,
        raised_by_person_id uuid,
        raised_by_name text not null,
        text text not null check (length(text) between 1 and 20000),
        form text not null check (form in ('spoken', 'written')),
        for_agenda boolean not null default false,
        prepared_opinion_id uuid references meeting.prepared_opinions (id),
        recorded_by text,
        recorded_by_name text not null,
        raised_at timestamptz not null default now(),
        transferred_at timestamptz,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        version integer not null default 1
      )`,
      'create index meeting_opinions_meeting on meeting.meeting_opinions (tenant_id, meeting_id)',
      ...tenantTableStatements('meeting', 'meeting_opinions'),
      `create table meeting.meeting_documents (
        id uuid primary key default gen_random_uuid(),
        tenant_id text not null,
        meeting_id uuid not null references meeting.meetings (id),
        document_id uuid not null,
        version integer not null check (version >= 1),
        title text not null check (length(title) between 1 and 300),
        storage_key text not null,
        sha256 text not null,
        size bigint not null check (size >= 0),
        media_type text not null,
        file_name text not null,
        uploaded_by text,
        uploaded_by_name text not null,
        uploaded_at timestamptz not null default now(),
        unique (document_id, version)
      )`,
      'create index meeting_documents_meeting on meeting.meeting_documents (tenant_id, meeting_id)',
      ...tenantTableStatements('meeting', 'meeting_documents'),
    ];
    for (const statement of statements) await runner.query(statement);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(
      'drop table if exists meeting.meeting_documents, meeting.meeting_opinions, meeting.prepared_opinions, meeting.meeting_readings, meeting.meeting_steps, meeting.meetings cascade',
    );
  }
}
