import { AppException } from '@xieshang/platform-errors';
import { MAX_PAGE_SIZE, NOTICE_SORT_FIELDS, type NoticeListFilter } from '@xieshang/contracts';
import type { NoticeScope } from './notice-visibility.rules.js';

const SORT_COLUMNS: Record<(typeof NOTICE_SORT_FIELDS)[number], string> = { createdAt: 'n.created_at', kind: 'n.kind' };

/** The conditions of a notice list: what the caller may see, narrowed by the filter. `$1` is the person. */
export const noticeConditions = (scope: Exclude<NoticeScope, 'none'>, filter: NoticeListFilter, personId: string): { where: string; params: unknown[] } => {
  const params: unknown[] = [personId];
  const conditions: string[] = [];
  const bind = (value: unknown): string => {
    params.push(value);
    return `$${params.length}`;
  };
  if (scope !== 'all') conditions.push(`n.recipient_org_unit_id = ${bind(scope.orgUnitId)}`);
  if (filter.recipientOrgUnitId) conditions.push(`n.recipient_org_unit_id = ${bind(filter.recipientOrgUnitId)}`);
  if (filter.planId) conditions.push(`n.reference ->> 'planId' = ${bind(filter.planId)}`);
  if (filter.kind) conditions.push(`n.kind = ${bind(filter.kind)}`);
  if (filter.unread !== undefined) conditions.push(filter.unread ? 'r.read_at is null' : 'r.read_at is not null');
  if (filter.id) conditions.push(filter.id.length > 0 ? `n.id = any(${bind(filter.id)}::uuid[])` : 'false');
  return { where: conditions.length > 0 ? conditions.join(' and ') : 'true', params };
};

/** react-admin's range and sort as SQL; newest first unless asked otherwise. Names the bad parameter. */
export const noticePage = (range: [number, number], sort: [string, 'ASC' | 'DESC'] | undefined): { orderBy: string; limit: number; offset: number } => {
  const [from, to] = range;
  if (to < from || to - from + 1 > MAX_PAGE_SIZE) {
    throw AppException.invalidInput([{ path: 'range', message: `range must be [from, to] with at most ${MAX_PAGE_SIZE} rows` }]);
  }
  const [field, order] = sort ?? ['createdAt', 'DESC'];
  if (!Object.hasOwn(SORT_COLUMNS, field)) {
    throw AppException.invalidInput([{ path: 'sort', message: `sort by one of ${NOTICE_SORT_FIELDS.join(', ')}` }]);
  }
  const column = SORT_COLUMNS[field as keyof typeof SORT_COLUMNS];
  return { orderBy: `${column} ${order === 'ASC' ? 'asc' : 'desc'}, n.id asc`, limit: to - from + 1, offset: from };
};
