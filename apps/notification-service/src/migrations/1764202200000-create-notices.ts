import type { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantTableStatements } from '@xieshang/platform-persistence';

/**
 * Notices to org units, one per recipient and event (a redelivered event adds none), and who of
 * the unit has read each one: reading is per person, not per unit.
 */
export class CreateNotices1764202200000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    const statements = [
      `create table notification.notices (
        id uuid primary key default gen_random_uuid(),
        tenant_id text not null,
        recipient_org_unit_id uuid not null,
        kind text not null check (kind in ('plan.published', 'plan.revised', 'suggestion.decided')),
        title text not null,
        body_zh text not null,
        body_en text not null,
        source_event_id text not null,
        reference jsonb not null default '{}'::jsonb,
        created_at timestamptz not null default now(),
        unique (source_event_id, recipient_org_unit_id)
      )`,
      'create index notices_recipient on notification.notices (tenant_id, recipient_org_unit_id, created_at desc)',
      'create index notices_created on notification.notices (tenant_id, created_at desc)',
      ...tenantTableStatements('notification', 'notices'),
      `create table notification.notice_reads (
        tenant_id text not null,
        notice_id uuid not null references notification.notices (id) on delete cascade,
        person_id text not null,
        read_at timestamptz not null default now(),
        primary key (notice_id, person_id)
      )`,
      'create index notice_reads_person on notification.notice_reads (tenant_id, person_id)',
      ...tenantTableStatements('notification', 'notice_reads'),
    ];
    for (const statement of statements) await runner.query(statement);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('drop table if exists notification.notice_reads, notification.notices cascade');
  }
}
