import type { MigrationInterface, QueryRunner } from 'typeorm';
import { SYSTEM_ROLE, serviceRole, tenantTableStatements } from '@xieshang/platform-persistence';

const ORG_UNIT_KINDS = `'party_committee','party_office','ufwd','gov_office','democratic_party','non_party','federation','department'`;

const TENANT_COLUMNS = 'code text, name text, kind text, parent_code text, created_at timestamptz';

/**
 * Cross-tenant reads, each as narrow as its purpose: look one tenant up, list them all (for the
 * platform administrator), list a city's districts, and read the current tenant's parent city's
 * template and settings. They run as `xieshang_system` with a pinned search_path.
 */
const DEFINER_FUNCTIONS: [signature: string, returns: string, body: string][] = [
  ['directory.tenant_lookup(p_code text)', `table (${TENANT_COLUMNS})`,
    'select code, name, kind, parent_code, created_at from directory.tenants where code = p_code'],
  ['directory.tenant_directory()', `table (${TENANT_COLUMNS})`,
    'select code, name, kind, parent_code, created_at from directory.tenants order by code'],
  ['directory.tenant_children(p_parent text)', `table (${TENANT_COLUMNS})`,
    'select code, name, kind, parent_code, created_at from directory.tenants where parent_code = p_parent order by code'],
  ['directory.parent_org_unit_template()', 'table (sort_order integer, kind text, name_pattern text, short_name text)',
    `select t.sort_order, t.kind, t.name_pattern, t.short_name from directory.org_unit_templates t
      where t.tenant_id = (select parent_code from directory.tenants where code = current_setting('app.tenant_id', true))
      order by t.sort_order`],
  ['directory.parent_settings()', 'table (key text, value jsonb)',
    `select s.key, s.value from directory.settings s
      where s.tenant_id = (select parent_code from directory.tenants where code = current_setting('app.tenant_id', true))`],
];

/** The org-unit template a city hands to each new district, and settings per tenant. */
export class CreateTenantSettings1764201800000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    const statements = [
      `create table directory.org_unit_templates (
        id uuid primary key default gen_random_uuid(),
        tenant_id text not null references directory.tenants (code),
        sort_order integer not null check (sort_order >= 0),
        kind text not null check (kind in (${ORG_UNIT_KINDS})),
        name_pattern text not null check (length(name_pattern) between 1 and 100 and strpos(name_pattern, '{district}') > 0),
        short_name text not null check (length(short_name) between 1 and 30),
        unique (tenant_id, sort_order)
      )`,
      ...tenantTableStatements('directory', 'org_unit_templates'),
      `create table directory.settings (
        tenant_id text not null references directory.tenants (code),
        key text not null check (key ~ '^[A-Za-z][A-Za-z0-9.-]{0,199}$'),
        value jsonb not null,
        updated_at timestamptz not null default now(),
        version integer not null default 1,
        primary key (tenant_id, key)
      )`,
      ...tenantTableStatements('directory', 'settings'),
      'create index tenants_parent on directory.tenants (parent_code)',
      `grant select on directory.tenants, directory.org_unit_templates, directory.settings to ${SYSTEM_ROLE}`,
      `grant create on schema directory to ${SYSTEM_ROLE}`,
      ...DEFINER_FUNCTIONS.flatMap(([signature, returns, body]) => [
        `create function ${signature} returns ${returns}
          language sql stable security definer set search_path = directory, pg_temp as $$ ${body} $$`,
        `alter function ${signature} owner to ${SYSTEM_ROLE}`,
        `revoke all on function ${signature} from public`,
        `grant execute on function ${signature} to ${serviceRole('directory')}`,
      ]),
      `revoke create on schema directory from ${SYSTEM_ROLE}`,
    ];
    for (const statement of statements) await runner.query(statement);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const [signature] of DEFINER_FUNCTIONS) await runner.query(`drop function if exists ${signature}`);
    await runner.query('drop index if exists directory.tenants_parent');
    await runner.query('drop table if exists directory.settings, directory.org_unit_templates');
  }
}
