import type { EntityManager } from 'typeorm';
import type { CreateTenantCommand } from '@xieshang/contracts';
import { recordAudit } from '@xieshang/platform-messaging';
import type { DistrictOrgUnit } from '../../org-unit-templates/org-unit-template.rules.js';

type AuditConfig = { schema: string; context: string };

/** An org unit as `insert … returning` answers it. */
export interface InsertedUnit {
  id: string;
  tenant_id: string;
  kind: string;
  name: string;
  short_name: string;
  active: boolean;
}

/** What the audit trail keeps of a freshly inserted org unit. */
export const insertedUnitRecord = (row: InsertedUnit) => ({
  id: row.id,
  tenantId: row.tenant_id,
  kind: row.kind,
  name: row.name,
  shortName: row.short_name,
  active: row.active,
});

/** Inserts a new district's org units in one statement and audits each; answers their ids in template order. */
export const insertDistrictOrgUnits = async (
  manager: EntityManager,
  tenant: string,
  units: readonly DistrictOrgUnit[],
  audit: AuditConfig,
): Promise<string[]> => {
  if (units.length === 0) return [];
  const rows: InsertedUnit[] = await manager.query(
    `with input as (select * from unnest($2::text[], $3::text[], $4::text[]) with ordinality as t(kind, name, short_name, ordinal)),
          inserted as (insert into directory.org_units (tenant_id, kind, name, short_name)
                       select $1, kind, name, short_name from input order by ordinal
                       returning id, tenant_id, kind, name, short_name, active)
     select inserted.* from inserted join input using (name) order by input.ordinal`,
    [tenant, units.map((u) => u.kind), units.map((u) => u.name), units.map((u) => u.shortName)],
  );
  for (const row of rows) {
    await recordAudit(manager, { entity: 'org-unit', entityId: row.id, action: 'created', before: null, after: insertedUnitRecord(row) }, audit);
  }
  return rows.map((row) => row.id);
};

/** The district's first tenant administrator, who may sign in as soon as the transaction commits. */
export const insertFirstAdmin = async (
  manager: EntityManager,
  command: CreateTenantCommand,
  orgUnitId: string | null,
  passwordHash: string,
  audit: AuditConfig,
): Promise<{ id: string; username: string; orgUnitId: string | null }> => {
  const [row]: { id: string }[] = await manager.query(
    `insert into directory.people (tenant_id, username, display_name, org_unit_id, roles, password_hash)
     values ($1, $2, $3, $4, $5, $6) returning id`,
    [command.code, command.admin.username, command.admin.displayName, orgUnitId, ['tenant-admin'], passwordHash],
  );
  const id = (row as { id: string }).id;
  const after = { id, tenantId: command.code, username: command.admin.username, displayName: command.admin.displayName, orgUnitId, roles: ['tenant-admin'], enabled: true };
  await recordAudit(manager, { entity: 'person', entityId: id, action: 'created', before: null, after }, audit);
  return { id, username: command.admin.username, orgUnitId };
};
