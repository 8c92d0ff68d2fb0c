import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  AUDIT_EVENT_SORT_FIELDS,
  auditEventListFilterSchema,
  listQuerySchema,
  MAX_PAGE_SIZE,
  type AuditEventView,
  type ListResult,
} from '@xieshang/contracts';
import { AppException, parseInput } from '@xieshang/platform-errors';
import { inCurrentTenant } from '@xieshang/platform-persistence';
import { requireTenantId } from '@xieshang/platform-tenancy';
import { auditEventCondition, auditEventOrder } from '../../audit-event-query.rules.js';
import { AUDIT_EVENT_COLUMNS, toAuditEventView, type AuditEventRow } from '../../audit-event.row.js';

// Built once: a zod schema made per request costs far more than parsing with it.
const listSchema = listQuerySchema.extend({ filter: auditEventListFilterSchema.default({}) });

type SortField = (typeof AUDIT_EVENT_SORT_FIELDS)[number];

const isSortField = (field: string): field is SortField => (AUDIT_EVENT_SORT_FIELDS as readonly string[]).includes(field);

/** The tenant's audit trail, filtered, sorted and paged as react-admin asks. */
@Injectable()
export class ListAuditEventsHandler {
  constructor(private readonly dataSource: DataSource) {}

  async execute(input: unknown): Promise<ListResult<AuditEventView>> {
    const query = parseInput(listSchema, input);
    const [from, to] = query.range;
    if (to < from || to - from + 1 > MAX_PAGE_SIZE) {
      throw AppException.invalidInput([{ path: 'range', message: `range must be [from, to] with at most ${MAX_PAGE_SIZE} rows` }]);
    }
    const [sortField, direction] = query.sort ?? ['seq', 'DESC'];
    if (!isSortField(sortField)) {
      throw AppException.invalidInput([{ path: 'sort', message: `sort by one of ${AUDIT_EVENT_SORT_FIELDS.join(', ')}` }]);
    }
    const { where, params } = auditEventCondition(requireTenantId(), query.filter);
    return inCurrentTenant(this.dataSource, async (manager) => {
      const [count]: { total: string }[] = await manager.query(`select count(*) as total from directory.audit_events where ${where}`, params);
      const rows: AuditEventRow[] = await manager.query(
        `select ${AUDIT_EVENT_COLUMNS} from directory.audit_events where ${where}
         order by ${auditEventOrder([sortField, direction])} limit $${params.length + 1} offset $${params.length + 2}`,
        [...params, to - from + 1, from],
      );
      return { items: rows.map(toAuditEventView), total: Number(count?.total ?? 0) };
    });
  }
}
