import type { EntityManager } from 'typeorm';
import type { OrgUnitKind, OrgUnitTemplateEntry } from '@xieshang/contracts';

interface TemplateRow {
  sort_order: number;
  kind: OrgUnitKind;
  name_pattern: string;
  short_name: string;
}

const toEntry = (row: TemplateRow): OrgUnitTemplateEntry & { position: number } => ({
  position: row.sort_order,
  kind: row.kind,
  namePattern: row.name_pattern,
  shortName: row.short_name,
});

/** The template of the tenant whose transaction `manager` runs in. */
export const readOwnTemplate = async (manager: EntityManager): Promise<(OrgUnitTemplateEntry & { position: number })[]> => {
  const rows: TemplateRow[] = await manager.query(
    'select sort_order, kind, name_pattern, short_name from directory.org_unit_templates order by sort_order',
  );
  return rows.map(toEntry);
};

/** The template of the parent city of the tenant whose transaction `manager` runs in. */
export const readParentTemplate = async (manager: EntityManager): Promise<OrgUnitTemplateEntry[]> => {
  const rows: TemplateRow[] = await manager.query('select * from directory.parent_org_unit_template()');
  return rows.map(toEntry);
};

/** Replaces the city's template with `entries`, in their order; `manager` runs in the city's transaction. */
export const writeTemplate = async (manager: EntityManager, city: string, entries: readonly OrgUnitTemplateEntry[]): Promise<void> => {
  await manager.query('delete from directory.org_unit_templates where tenant_id = $1', [city]);
  await manager.query(
    `insert into directory.org_unit_templates (tenant_id, sort_order, kind, name_pattern, short_name)
     select $1, t.ordinal - 1, t.kind, t.name_pattern, t.short_name
       from unnest($2::text[], $3::text[], $4::text[]) with ordinality as t(kind, name_pattern, short_name, ordinal)`,
    [city, entries.map((e) => e.kind), entries.map((e) => e.namePattern), entries.map((e) => e.shortName)],
  );
};
