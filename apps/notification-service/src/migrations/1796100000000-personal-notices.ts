import type { MigrationInterface, QueryRunner } from 'typeorm';
import { definerFunctionStatements } from '@xieshang/platform-messaging';
import { tenantTableStatements } from '@xieshang/platform-persistence';

/**
 * Notices become personal: one per person and event (a redelivered or replayed event adds none),
 * with the record they open. Notices made earlier stay addressed to their org unit. Beside them:
 * what waits for someone's action (待办), each person's channel preferences, the deliveries of
 * mail and text messages (worked by a poller that claims rows with SKIP LOCKED), and the items
 * waiting for a person's daily digest.
 */
export class PersonalNotices1796100000000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    const statements = [
      'alter table notification.notices drop constraint notices_kind_check',
      'alter table notification.notices drop constraint notices_source_event_id_recipient_org_unit_id_key',
      'alter table notification.notices alter column recipient_org_unit_id drop not null',
      'alter table notification.notices add column recipient_person_id uuid null',
      `alter table notification.notices add column category text not null default 'planning'`,
      'alter table notification.notices add column link jsonb null',
      `create unique index notices_person_event on notification.notices (source_event_id, recipient_person_id) where recipient_person_id is not null`,
      `create unique index notices_unit_event on notification.notices (source_event_id, recipient_org_unit_id) where recipient_person_id is null`,
      'create index notices_person on notification.notices (tenant_id, recipient_person_id, created_at desc)',
      `create table notification.tasks (
        tenant_id text not null,
        task_key text not null,
        context text not null,
        kind text not null,
        title text not null,
        assignee_person_id uuid null,
        assignee_org_unit_id uuid null,
        assignee_roles text[] not null default '{}',
        record jsonb not null,
        due_on date null,
        confidential boolean not null default false,
        opened_at timestamptz not null default now(),
        done_at timestamptz null,
        -- When the latest event about the task happened: an older event never undoes a newer one.
        changed_at timestamptz not null,
        source_event_id text not null,
        primary key (tenant_id, task_key),
        constraint tasks_one_assignee check (assignee_person_id is null or assignee_org_unit_id is null)
      )`,
      'create index tasks_open_person on notification.tasks (tenant_id, assignee_person_id) where done_at is null',
      'create index tasks_open_unit on notification.tasks (tenant_id, assignee_org_unit_id) where done_at is null',
      ...tenantTableStatements('notification', 'tasks'),
      `create table notification.preferences (
        tenant_id text not null,
        person_id uuid not null,
        preferences jsonb not null,
        updated_at timestamptz not null default now(),
        primary key (tenant_id, person_id)
      )`,
      ...tenantTableStatements('notification', 'preferences'),
      `create table notification.deliveries (
        id uuid primary key default gen_random_uuid(),
        tenant_id text not null,
        channel text not null check (channel in ('mail', 'sms')),
        person_id uuid not null,
        dedupe_key text not null,
        to_address text not null,
        subject text not null,
        body text not null,
        status text not null default 'pending' check (status in ('pending', 'sent', 'failed')),
        attempts integer not null default 0,
        next_attempt_at timestamptz not null default now(),
        last_error text null,
        created_at timestamptz not null default now(),
        sent_at timestamptz null,
        unique (tenant_id, channel, person_id, dedupe_key)
      )`,
      `create index deliveries_due on notification.deliveries (next_attempt_at) where status = 'pending'`,
      'create index deliveries_recent on notification.deliveries (tenant_id, created_at desc)',
      ...tenantTableStatements('notification', 'deliveries'),
      `create table notification.digest_items (
        tenant_id text not null,
        person_id uuid not null,
        notice_id uuid not null references notification.notices (id) on delete cascade,
        digest_day date not null,
        to_address text not null,
        language text not null,
        delivery_id uuid null,
        primary key (notice_id, person_id)
      )`,
      'create index digest_items_waiting on notification.digest_items (digest_day) where delivery_id is null',
      ...tenantTableStatements('notification', 'digest_items'),
      'grant select, update on notification.deliveries, notification.digest_items to xieshang_system',
      ...definerFunctionStatements('notification', [
        [
          'delivery_claim(due_by timestamptz)',
          'returns table (id uuid, tenant_id text)',
          `select d.id, d.tenant_id from notification.deliveries d
           where d.status = 'pending' and d.next_attempt_at <= due_by
           order by d.next_attempt_at, d.id limit 1 for update skip locked`,
        ],
        [
          'digest_claim(before_day date, batch_size integer)',
          'returns table (tenant_id text, person_id uuid, digest_day date)',
          `select distinct i.tenant_id, i.person_id, i.digest_day from (
             select tenant_id, person_id, digest_day from notification.digest_items
             where delivery_id is null and digest_day < before_day
             order by digest_day limit batch_size for update skip locked) i`,
        ],
      ]),
    ];
    for (const statement of statements) await runner.query(statement);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('drop function if exists notification.delivery_claim(timestamptz), notification.digest_claim(date, integer)');
    await runner.query('drop table if exists notification.digest_items, notification.deliveries, notification.preferences, notification.tasks cascade');
    await runner.query('delete from notification.notices where recipient_person_id is not null');
    await runner.query('drop index if exists notification.notices_person_event, notification.notices_unit_event, notification.notices_person');
    await runner.query('alter table notification.notices drop column recipient_person_id, drop column category, drop column link');
    await runner.query('alter table notification.notices alter column recipient_org_unit_id set not null');
    await runner.query('alter table notification.notices add unique (source_event_id, recipient_org_unit_id)');
  }
}
