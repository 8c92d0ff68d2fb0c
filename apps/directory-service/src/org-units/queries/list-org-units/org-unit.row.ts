import type { OrgUnitKind, OrgUnitView } from '@xieshang/contracts';

/** A row of `directory.org_units` as a one-round-trip read returns it (`TenantDatabase.read`: timestamps as ISO strings). */
export interface OrgUnitRow {
  id: string;
  tenant_id: string;
  kind: OrgUnitKind;
  name: string;
  short_name: string;
  active: boolean;
  version: number;
  created_at: string;
  updated_at: string;
}

export const toOrgUnitView = (row: OrgUnitRow): OrgUnitView => ({
  id: row.id,
  tenantId: row.tenant_id,
  kind: row.kind,
  name: row.name,
  shortName: row.short_name,
  active: row.active,
  version: row.version,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});
