import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { listQuerySchema, ORG_UNIT_SORT_FIELDS, orgUnitListFilterSchema, type ListResult, type OrgUnitView } from '@xieshang/contracts';
import { parseInput } from '@xieshang/platform-errors';
import { inCurrentTenant } from '@xieshang/platform-persistence';
import { assertListWindow } from '../../list-window.rules.js';
import { orgUnitCountStatement, orgUnitListStatement } from './org-unit-list.statement.js';
import { toOrgUnitView, type OrgUnitRow } from './org-unit.row.js';

// Built once: a zod schema made per request costs far more than parsing with it.
const listSchema = listQuerySchema.extend({ filter: orgUnitListFilterSchema.default({}) });

/**
 * The tenant's org units, filtered, sorted and paged as react-admin asks. The hottest read of the
 * console: one statement for the page and its total, rows mapped by hand rather than hydrated
 * as entities.
 */
@Injectable()
export class ListOrgUnitsHandler {
  constructor(private readonly dataSource: DataSource) {}

  async execute(input: unknown): Promise<ListResult<OrgUnitView>> {
    const query = parseInput(listSchema, input);
    const [from, to] = query.range;
    const [sortField, order] = query.sort ?? ['name', 'ASC'];
    assertListWindow(query.range, sortField, ORG_UNIT_SORT_FIELDS);
    const page = orgUnitListStatement({ filter: query.filter, sortField, order, from, take: to - from + 1 });
    return inCurrentTenant(this.dataSource, async (manager) => {
      const rows: (OrgUnitRow & { total: string })[] = await manager.query(page.sql, page.params);
      if (rows.length > 0 || from === 0) return { items: rows.map(toOrgUnitView), total: Number(rows[0]?.total ?? 0) };
      const count = orgUnitCountStatement(query.filter);
      const [{ total }] = (await manager.query(count.sql, count.params)) as [{ total: string }];
      return { items: [], total: Number(total) };
    });
  }
}
