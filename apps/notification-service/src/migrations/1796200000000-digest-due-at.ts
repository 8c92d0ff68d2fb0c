import type { MigrationInterface, QueryRunner } from 'typeorm';
import { definerFunctionStatements } from '@xieshang/platform-messaging';

/**
 * Each digest item carries the instant its day's mail is due, reckoned in its district's time
 * zone when the item was written, so that one job serves districts on different clocks. Items
 * already waiting when this runs are due at once.
 */
export class DigestDueAt1796200000000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    const statements = [
      `alter table notification.digest_items add column due_at timestamptz not null default '-infinity'`,
      'alter table notification.digest_items alter column due_at drop default',
      'drop index notification.digest_items_waiting',
      'create index digest_items_waiting on notification.digest_items (due_at) where delivery_id is null',
      'drop function notification.digest_claim(date, integer)',
      ...definerFunctionStatements('notification', [
        [
          'digest_claim(due_by timestamptz, batch_size integer)',
          'returns table (tenant_id text, person_id uuid, digest_day date)',
          `select distinct i.tenant_id, i.person_id, i.digest_day from (
             select tenant_id, person_id, digest_day from notification.digest_items
             where delivery_id is null and due_at <= due_by
             order by due_at limit batch_size for update skip locked) i`,
        ],
      ]),
    ];
    for (const statement of statements) await runner.query(statement);
  }

  async down(runner: QueryRunner): Promise<void> {
    const statements = [
      'drop function notification.digest_claim(timestamptz, integer)',
      ...definerFunctionStatements('notification', [
        [
          'digest_claim(before_day date, batch_size integer)',
          'returns table (tenant_id text, person_id uuid, digest_day date)',
          `select distinct i.tenant_id, i.person_id, i.digest_day from (
             select tenant_id, person_id, digest_day from notification.digest_items
             where delivery_id is null and digest_day < before_day
             order by digest_day limit batch_size for update skip locked) i`,
        ],
      ]),
      'drop index notification.digest_items_waiting',
      'create index digest_items_waiting on notification.digest_items (digest_day) where delivery_id is null',
      'alter table notification.digest_items drop column due_at',
    ];
    for (const statement of statements) await runner.query(statement);
  }
}
