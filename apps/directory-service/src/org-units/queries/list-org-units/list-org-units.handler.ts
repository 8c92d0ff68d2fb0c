import { Injectable } from '@nestjs/common';
import { listQuerySchema, ORG_UNIT_SORT_FIELDS, orgUnitListFilterSchema, type ListResult, type OrgUnitView } from '@xieshang/contracts';
import { TenantDatabase } from '@xieshang/platform-persistence';
import type { z } from 'zod';
import { assertListWindow } from '../../list-window.rules.js';
import { orgUnitCountStatement, orgUnitListStatement } from './org-unit-list.statement.js';
import { toOrgUnitView, type OrgUnitRow } from './org-unit.row.js';

// Built once: a zod schema made per request costs far more than parsing with it.
export const listOrgUnitsSchema = listQuerySchema.extend({ filter: orgUnitListFilterSchema.default({}) });

/**
 * The tenant's org units, filtered, sorted and paged as react-admin asks. The hottest read of the
 * console: one statement for the page and its total, sent with its transaction in one
 * round trip, rows mapped by hand rather than hydrated as entities.
 */
@Injectable()
export class ListOrgUnitsHandler {
  constructor(private readonly database: TenantDatabase) {}

  async execute(query: z.infer<typeof listOrgUnitsSchema>): Promise<ListResult<OrgUnitView>> {
    const [from, to] = query.range;
    const [sortField, order] = query.sort ?? ['name', 'ASC'];
    assertListWindow(query.range, sortField, ORG_UNIT_SORT_FIELDS);
    const page = orgUnitListStatement({ filter: query.filter, sortField, order, from, take: to - from + 1 });
    const rows = await this.database.read<OrgUnitRow & { total: string }>(page.sql, page.params);
    if (rows.length > 0 || from === 0) return { items: rows.map(toOrgUnitView), total: Number(rows[0]?.total ?? 0) };
    const count = orgUnitCountStatement(query.filter);
    const [counted] = await this.database.read<{ total: string }>(count.sql, count.params);
    return { items: [], total: Number(counted?.total ?? 0) };
  }
}
