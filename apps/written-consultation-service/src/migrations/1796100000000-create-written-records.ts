import type { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantTableStatements } from '@xieshang/platform-persistence';

const list = (values: readonly string[]): string => values.map((value) => `'${value}'`).join(',');

const REVIEW_FORMS = list(['chair_office_meeting', 'committee_review']);
const SUBMISSION_KINDS = list(['research_report', 'proposal', 'personal_advice']);
const ESCALATION_STATUSES = list(['received', 'accepted', 'returned']);

/** Solicitations and their replies, UFWD's summaries, party submissions, escalations and materials. */
export class CreateWrittenRecords1796100000000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    const statements = [
      `create table written_consultation.solicitations (
        id uuid primary key default gen_random_uuid(),
        tenant_id text not null,
        title text not null check (length(title) between 1 and 200),
        document_version text not null,
        description text not null default '',
        drafting_org_unit_id uuid,
        sections jsonb not null default '[]',
        recipient_org_unit_ids uuid[] not null check (cardinality(recipient_org_unit_ids) >= 1),
        reply_deadline timestamptz not null,
        status text not null default 'draft' check (status in ('draft', 'sent', 'closed')),
        created_by text,
        created_by_name text not null,
        sent_at timestamptz,
        closed_at timestamptz,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        version integer not null default 1
      )`,
      ...tenantTableStatements('written_consultation', 'solicitations'),
      `create table written_consultation.solicitation_openings (
        tenant_id text not null,
        solicitation_id uuid not null references written_consultation.solicitations (id),
        org_unit_id uuid not null,
        opened_at timestamptz not null default now(),
        opened_by text,
        primary key (solicitation_id, org_unit_id)
      )`,
      ...tenantTableStatements('written_consultation', 'solicitation_openings'),
      `create table written_consultation.replies (
        id uuid primary key default gen_random_uuid(),
        tenant_id text not null,
        solicitation_id uuid not null references written_consultation.solicitations (id),
        org_unit_id uuid not null,
        supplement_to uuid references written_consultation.replies (id),
        status text not null default 'draft' check (status in ('draft', 'awaiting_leader', 'submitted')),
        no_comment boolean not null default false,
        comments jsonb not null default '[]',
        author_id text,
        author_name text not null,
        leader_note text,
        review_form text check (review_form in (${REVIEW_FORMS})),
        reviewed_on date,
        approved_by text,
        approved_by_name text,
        submitted_at timestamptz,
        late boolean not null default false,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        version integer not null default 1,
        check ((status = 'submitted') = (submitted_at is not null and review_form is not null))
      )`,
      // One first reply per branch; supplements follow it.
      'create unique index replies_first on written_consultation.replies (tenant_id, solicitation_id, org_unit_id) where supplement_to is null',
      ...tenantTableStatements('written_consultation', 'replies'),
      `create table written_consultation.summaries (
        id uuid primary key references written_consultation.solicitations (id),
        tenant_id text not null,
        overall_note text not null default '',
        section_notes jsonb not null default '{}',
        sent_to_committee_at timestamptz,
        sent_to_committee_by text,
        sent_to_committee_by_name text,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        version integer not null default 1
      )`,
      ...tenantTableStatements('written_consultation', 'summaries'),
      `create table written_consultation.submissions (
        id uuid primary key default gen_random_uuid(),
        tenant_id text not null,
        kind text not null check (kind in (${SUBMISSION_KINDS})),
        addressee text not null check (addressee in ('party_committee', 'government')),
        title text not null check (length(title) between 1 and 200),
        body text not null,
        recommendations jsonb not null,
        opinion_ids uuid[] not null default '{}',
        org_unit_id uuid not null,
        collective boolean not null,
        status text not null default 'draft' check (status in ('draft', 'awaiting_leader', 'submitted', 'forwarded')),
        author_id text,
        author_name text not null,
        review_form text check (review_form in (${REVIEW_FORMS})),
        reviewed_on date,
        approved_by text,
        approved_by_name text,
        submitted_at timestamptz,
        forwarded_at timestamptz,
        forwarded_by_name text,
        forward_note text,
        escalated_at timestamptz,
        escalated_by_name text,
        city_decision text check (city_decision in (${ESCALATION_STATUSES})),
        city_note text,
        city_decided_at timestamptz,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        version integer not null default 1,
        check (collective or kind = 'personal_advice')
      )`,
      ...tenantTableStatements('written_consultation', 'submissions'),
      `create table written_consultation.escalations (
        id uuid primary key default gen_random_uuid(),
        tenant_id text not null,
        origin_tenant_id text not null,
        origin_tenant_name text not null,
        origin_submission_id uuid not null,
        origin_org_unit_name text not null,
        kind text not null check (kind in (${SUBMISSION_KINDS})),
        title text not null,
        body text not null,
        recommendations jsonb not null,
        author_name text not null,
        escalated_by_name text not null,
        escalation_note text not null default '',
        received_at timestamptz not null default now(),
        status text not null default 'received' check (status in (${ESCALATION_STATUSES})),
        decision_note text,
        decided_by_name text,
        decided_at timestamptz,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        version integer not null default 1,
        unique (tenant_id, origin_tenant_id, origin_submission_id)
      )`,
      ...tenantTableStatements('written_consultation', 'escalations'),
      `create table written_consultation.materials (
        id uuid primary key default gen_random_uuid(),
        tenant_id text not null,
        kind text not null check (kind in ('report', 'statistics', 'briefing', 'meeting_invitation', 'inspection_invitation')),
        title text not null check (length(title) between 1 and 200),
        body text not null default '',
        event_at timestamptz,
        location text,
        sender_org_unit_id uuid,
        sender_id text,
        sender_name text not null,
        sent_at timestamptz not null default now(),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        version integer not null default 1
      )`,
      ...tenantTableStatements('written_consultation', 'materials'),
      `create table written_consultation.material_receipts (
        tenant_id text not null,
        material_id uuid not null references written_consultation.materials (id),
        org_unit_id uuid not null,
        read_at timestamptz,
        read_by text,
        read_by_name text,
        primary key (material_id, org_unit_id)
      )`,
      'create index material_receipts_unit on written_consultation.material_receipts (tenant_id, org_unit_id)',
      ...tenantTableStatements('written_consultation', 'material_receipts'),
    ];
    for (const statement of statements) await runner.query(statement);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(
      'drop table if exists written_consultation.material_receipts, written_consultation.materials, written_consultation.escalations, written_consultation.submissions, written_consultation.summaries, written_consultation.replies, written_consultation.solicitation_openings, written_consultation.solicitations cascade',
    );
  }
}
