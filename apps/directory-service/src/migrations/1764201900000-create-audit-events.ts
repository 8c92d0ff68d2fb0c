import type { MigrationInterface, QueryRunner } from 'typeorm';
import { serviceRole, tenantTableStatements } from '@xieshang/platform-persistence';

const HEX_SHA256 = `'^[0-9a-f]{64}$'`;

/**
 * The audit trail: one hash chain per tenant, append-only. The app role may only read and
 * insert, and a trigger refuses UPDATE, DELETE and TRUNCATE for every role, the owner included.
 */
export class CreateAuditEvents1764201900000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    const statements = [
      `create table directory.audit_events (
        id uuid primary key default gen_random_uuid(),
        tenant_id text not null,
        seq bigint not null check (seq >= 1),
        event_id uuid not null unique,
        occurred_at timestamptz not null,
        recorded_at timestamptz not null default now(),
        actor_id text,
        correlation_id text not null,
        context text not null,
        entity text not null,
        entity_id text not null,
        action text not null,
        before jsonb,
        after jsonb,
        previous_hash text not null check (previous_hash ~ ${HEX_SHA256}),
        hash text not null check (hash ~ ${HEX_SHA256}),
        unique (tenant_id, seq)
      )`,
      'create index audit_events_occurred on directory.audit_events (tenant_id, occurred_at)',
      'create index audit_events_entity on directory.audit_events (tenant_id, entity, entity_id)',
      'create index audit_events_actor on directory.audit_events (tenant_id, actor_id)',
      ...tenantTableStatements('directory', 'audit_events'),
      `revoke update, delete, truncate on directory.audit_events from ${serviceRole('directory')}`,
      `create function directory.audit_events_refuse_change() returns trigger language plpgsql as $fn$
       begin
         raise exception 'directory.audit_events is append-only: % refused', tg_op;
       end $fn$`,
      `create trigger audit_events_append_only before update or delete on directory.audit_events
       for each row execute function directory.audit_events_refuse_change()`,
      `create trigger audit_events_no_truncate before truncate on directory.audit_events
       for each statement execute function directory.audit_events_refuse_change()`,
    ];
    for (const statement of statements) await runner.query(statement);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('drop table if exists directory.audit_events');
    await runner.query('drop function if exists directory.audit_events_refuse_change()');
  }
}
