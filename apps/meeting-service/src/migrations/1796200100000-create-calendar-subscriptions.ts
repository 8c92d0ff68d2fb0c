import type { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantTableStatements } from '@xieshang/platform-persistence';

/** One calendar feed per person, found by its token's hash. */
export class CreateCalendarSubscriptions1796200100000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    const statements = [
      `create table meeting.calendar_subscriptions (
        id uuid primary key default gen_random_uuid(),
        tenant_id text not null,
        person_id text not null,
        username text,
        token_hash text not null check (token_hash ~ '^[0-9a-f]{64}$'),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        version integer not null default 1,
        unique (tenant_id, person_id),
        unique (token_hash)
      )`,
      ...tenantTableStatements('meeting', 'calendar_subscriptions'),
    ];
    for (const statement of statements) await runner.query(statement);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('drop table if exists meeting.calendar_subscriptions cascade');
  }
}
