import type { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantTableStatements } from '@xieshang/platform-persistence';

const list = (values: readonly string[]): string => values.map((value) => `'${value}'`).join(',');

const PLAN_STATUSES = list(['draft', 'soliciting', 'under_review', 'approved', 'published']);
const FORMS = list(['meeting', 'interview', 'written']);
const MEETING_TYPES = list(['thematic', 'personnel', 'research', 'briefing']);
const CATEGORIES = list([
  'party_documents',
  'policies_and_plans',
  'nominations',
  'development_plans_and_reports',
  'reform_development_livelihood',
  'united_front',
  'other',
]);
const SUGGESTION_STATUSES = list(['draft', 'awaiting_leader', 'sent', 'accepted', 'declined']);

/** Annual plans, their items, the parties' suggestions and the published plan's revisions. */
export class CreatePlans1764202000000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    const statements = [
      `create table planning.plans (
        id uuid primary key default gen_random_uuid(),
        tenant_id text not null,
        year integer not null check (year between 2000 and 2999),
        title text not null check (length(title) between 1 and 200),
        status text not null default 'draft' check (status in (${PLAN_STATUSES})),
        suggestions_deadline date,
        submitted_at timestamptz,
        return_reason text,
        approved_by text,
        approved_by_name text,
        approved_at timestamptz,
        decision_reference text,
        below_minimum_reason text,
        published_by text,
        published_by_name text,
        published_at timestamptz,
        current_revision integer not null default 0,
        created_by text,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        version integer not null default 1,
        unique (tenant_id, year)
      )`,
      ...tenantTableStatements('planning', 'plans'),
      `create table planning.plan_items (
        id uuid primary key default gen_random_uuid(),
        tenant_id text not null,
        plan_id uuid not null references planning.plans (id),
        topic text not null check (length(topic) between 1 and 200),
        form text not null check (form in (${FORMS})),
        meeting_type text check (meeting_type in (${MEETING_TYPES})),
        planned_month integer check (planned_month between 1 and 12),
        planned_date date,
        participant_org_unit_ids uuid[] not null default '{}',
        lead_org_unit_id uuid,
        content_category text not null check (content_category in (${CATEGORIES})),
        origin text not null check (origin in ('cpc', 'party')),
        suggestion_id uuid,
        status text not null default 'active' check (status in ('active', 'cancelled')),
        cancel_reason text,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        version integer not null default 1,
        check ((form = 'meeting') = (meeting_type is not null))
      )`,
      'create index plan_items_plan on planning.plan_items (tenant_id, plan_id)',
      ...tenantTableStatements('planning', 'plan_items'),
      `create table planning.plan_suggestions (
        id uuid primary key default gen_random_uuid(),
        tenant_id text not null,
        plan_id uuid not null references planning.plans (id),
        org_unit_id uuid not null,
        topic text not null check (length(topic) between 1 and 200),
        reason text not null check (length(reason) between 1 and 2000),
        status text not null default 'draft' check (status in (${SUGGESTION_STATUSES})),
        author_id text,
        author_name text not null,
        leader_note text,
        approved_by text,
        approved_by_name text,
        sent_at timestamptz,
        decided_by text,
        decided_at timestamptz,
        decline_reason text,
        plan_item_id uuid references planning.plan_items (id),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        version integer not null default 1
      )`,
      'create index plan_suggestions_plan on planning.plan_suggestions (tenant_id, plan_id, org_unit_id)',
      ...tenantTableStatements('planning', 'plan_suggestions'),
      `create table planning.plan_revisions (
        id uuid primary key default gen_random_uuid(),
        tenant_id text not null,
        plan_id uuid not null references planning.plans (id),
        number integer not null check (number >= 1),
        made_by text,
        made_by_name text not null,
        made_at timestamptz not null default now(),
        reason text not null,
        items jsonb not null,
        changes jsonb not null,
        unique (plan_id, number)
      )`,
      ...tenantTableStatements('planning', 'plan_revisions'),
    ];
    for (const statement of statements) await runner.query(statement);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('drop table if exists planning.plan_revisions, planning.plan_suggestions, planning.plan_items, planning.plans cascade');
  }
}
