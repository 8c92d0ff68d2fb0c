import { orgUnitCountStatement, orgUnitListStatement } from './org-unit-list.statement.js';

const page = { sortField: 'name', order: 'ASC' as const, from: 0, take: 25 };

describe('orgUnitListStatement', () => {
  it('reads a page and its total in one statement, sorted with the id as tie-breaker', () => {
    const { sql, params } = orgUnitListStatement({ ...page, filter: {} });
    expect(sql).toBe(
      'select id, tenant_id, kind, name, short_name, active, version, created_at, updated_at, count(*) over () as total' +
        ' from directory.org_units order by name asc, id asc limit $1 offset $2',
    );
    expect(params).toEqual([25, 0]);
  });

  it('passes every filter value as a parameter, the search text once for both names', () => {
    const ids = ['6f0c1b9e-0a52-4f3e-9d7e-5b1f2c3d4e5f'];
    const { sql, params } = orgUnitListStatement({ ...page, from: 50, filter: { kind: 'department', active: true, q: "局'; drop", id: ids } });
    expect(sql).toContain('where kind = $1 and active = $2 and (name ilike $3 or short_name ilike $3) and id = any($4::uuid[])');
    expect(sql).toContain('limit $5 offset $6');
    expect(params).toEqual(['department', true, "%局'; drop%", ids, 25, 50]);
  });

  it('matches % and _ in the search text literally', () => {
    expect(orgUnitListStatement({ ...page, filter: { q: '100%_局' } }).params[0]).toBe('%100\\%\\_局%');
  });

  it('maps the sort field to its column and direction', () => {
    expect(orgUnitListStatement({ ...page, sortField: 'shortName', order: 'DESC', filter: {} }).sql).toContain('order by short_name desc, id asc');
    expect(orgUnitListStatement({ ...page, sortField: 'createdAt', filter: {} }).sql).toContain('order by created_at asc, id asc');
  });

  it('refuses a sort field outside its list, so no text of a request reaches the SQL', () => {
    expect(() => orgUnitListStatement({ ...page, sortField: 'name; drop table x', filter: {} })).toThrow();
  });
});

describe('orgUnitCountStatement', () => {
  it('counts with the same filter and no paging', () => {
    expect(orgUnitCountStatement({ active: false })).toEqual({ sql: 'select count(*) as total from directory.org_units where active = $1', params: [false] });
  });
});
