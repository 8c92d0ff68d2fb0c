import type { MigrationInterface, QueryRunner } from 'typeorm';
import { outboxStatements } from '@xieshang/platform-messaging';
import { SYSTEM_ROLE, serviceRole, tenantTableStatements } from '@xieshang/platform-persistence';

const ORG_UNIT_KINDS = `'party_committee','party_office','ufwd','gov_office','democratic_party','non_party','federation','department'`;

/** Tenants, org units and people; a sign-in lookup that is the only way to read people across tenants. */
export class CreateDirectorySchema1764201600000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    const statements = [
      `create table directory.tenants (
        code text primary key,
        tenant_id text not null generated always as (code) stored,
        parent_code text references directory.tenants (code),
        kind text not null check (kind in ('city', 'district')),
        name text not null check (length(name) between 1 and 100),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        version integer not null default 1
      )`,
      ...tenantTableStatements('directory', 'tenants'),
      `create table directory.org_units (
        id uuid primary key default gen_random_uuid(),
        tenant_id text not null,
        kind text not null check (kind in (${ORG_UNIT_KINDS})),
        name text not null check (length(name) between 1 and 100),
        short_name text not null check (length(short_name) between 1 and 30),
        active boolean not null default true,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        version integer not null default 1,
        unique (tenant_id, name)
      )`,
      'create index org_units_tenant_name on directory.org_units (tenant_id, name)',
      ...tenantTableStatements('directory', 'org_units'),
      `create table directory.people (
        id uuid primary key default gen_random_uuid(),
        tenant_id text not null,
        username text not null unique check (username ~ '^[a-z0-9][a-z0-9._-]{1,62}$'),
        display_name text not null check (length(display_name) between 1 and 100),
        org_unit_id uuid references directory.org_units (id),
        roles text[] not null default '{}',
        password_hash text,
        enabled boolean not null default true,
        idp_subject text unique,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        version integer not null default 1
      )`,
      'create index people_tenant on directory.people (tenant_id)',
      ...tenantTableStatements('directory', 'people'),
      `create function directory.sign_in_lookup(p_username text)
        returns table (id uuid, tenant_id text, username text, display_name text, org_unit_id uuid,
                       roles text[], password_hash text, enabled boolean)
        language sql stable security definer set search_path = directory, pg_temp
        as $$ select id, tenant_id, username, display_name, org_unit_id, roles, password_hash, enabled
              from directory.people where username = lower(p_username) $$`,
      `grant usage on schema directory to ${SYSTEM_ROLE}`,
      `grant select on directory.people to ${SYSTEM_ROLE}`,
      `alter function directory.sign_in_lookup(text) owner to ${SYSTEM_ROLE}`,
      `revoke all on function directory.sign_in_lookup(text) from public`,
      `grant execute on function directory.sign_in_lookup(text) to ${serviceRole('directory')}`,
      ...outboxStatements('directory'),
    ];
    for (const statement of statements) await runner.query(statement);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('drop function if exists directory.sign_in_lookup(text)');
    await runner.query('drop table if exists directory.inbox, directory.outbox, directory.people, directory.org_units, directory.tenants cascade');
  }
}
