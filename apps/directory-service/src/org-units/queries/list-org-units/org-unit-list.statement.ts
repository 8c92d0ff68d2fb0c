import type { OrgUnitListFilter } from '@xieshang/contracts';
import { containsPattern, type InlineValue } from '@xieshang/platform-persistence';

export interface OrgUnitListPage {
  filter: OrgUnitListFilter;
  sortField: string;
  order: 'ASC' | 'DESC';
  from: number;
  take: number;
}

export interface Statement {
  sql: string;
  params: InlineValue[];
}

const COLUMN_OF: Record<string, string> = { name: 'name', shortName: 'short_name', kind: 'kind', createdAt: 'created_at' };

/** The filter as a `where` clause whose values are parameters `$1`, `$2` … */
const whereOf = (filter: OrgUnitListFilter): Statement => {
  const params: InlineValue[] = [];
  const param = (value: InlineValue): string => {
    params.push(value);
    return `$${params.length}`;
  };
  const conditions: string[] = [];
  if (filter.kind !== undefined) conditions.push(`kind = ${param(filter.kind)}`);
  if (filter.active !== undefined) conditions.push(`active = ${param(filter.active)}`);
  if (filter.q !== undefined) conditions.push(`(name ilike ${param(containsPattern(filter.q))} or short_name ilike $${params.length})`);
  // An empty id list matches nothing, as `in ()` would if SQL allowed it.
  if (filter.id !== undefined) conditions.push(`id = any(${param(filter.id)}::uuid[])`);
  return { sql: conditions.length > 0 ? ` where ${conditions.join(' and ')}` : '', params };
};

/**
 * One page of a tenant's org units and the number of all that match, in one statement: the
 * window count saves the round trip a separate `count(*)` would cost. The tenant is not named
 * here; row-level security applies it. Values are `$n` parameters (the one-round-trip read writes
 * them in as quoted literals), the sort column comes only from a fixed list.
 */
export const orgUnitListStatement = ({ filter, sortField, order, from, take }: OrgUnitListPage): Statement => {
  const column = COLUMN_OF[sortField];
  if (!column) throw new Error(`org units cannot be sorted by ${sortField}`);
  const where = whereOf(filter);
  const next = where.params.length;
  return {
    sql:
      'select id, tenant_id, kind, name, short_name, active, version, created_at, updated_at, count(*) over () as total' +
      ` from directory.org_units${where.sql} order by ${column} ${order === 'DESC' ? 'desc' : 'asc'}, id asc limit $${next + 1} offset $${next + 2}`,
    params: [...where.params, take, from],
  };
};

/** The count alone, for a page that starts past the last row, where the window count has no row to ride on. */
export const orgUnitCountStatement = (filter: OrgUnitListFilter): Statement => {
  const where = whereOf(filter);
  return { sql: `select count(*) as total from directory.org_units${where.sql}`, params: where.params };
};
