import { AppException } from '@xieshang/platform-errors';
import { MAX_PAGE_SIZE, NOTICE_SORT_FIELDS, type NoticeListFilter } from '@xieshang/contracts';
import type { NoticeReader } from './notice-visibility.rules.js';

const SORT_COLUMNS: Record<(typeof NOTICE_SORT_FIELDS)[number], string> = { createdAt: 'n.created_at', kind: 'n.kind' };

/**
 * The reader's inbox: their own notices, and those of the time before notices were personal that
 * went to their unit. `$1` is the person (as text, for the readings; cast for the notices).
 */
export const inboxCondition = (reader: NoticeReader, bind: (value: unknown) => string): string =>
  reader.orgUnitId
    ? `(n.recipient_person_id = $1::uuid or (n.recipient_person_id is null and n.recipient_org_unit_id = ${bind(reader.orgUnitId)}))`
    : 'n.recipient_person_id = $1::uuid';

/** The conditions of a notice list: the reader's inbox, narrowed by the filter. `$1` is the person. */
export const noticeConditions = (reader: NoticeReader & { personId: string }, filter: NoticeListFilter): { where: string; params: unknown[] } => {
  const params: unknown[] = [reader.personId];
  const bind = (value: unknown): string => {
    params.push(value);
    return `$${params.length}`;
  };
  const conditions: string[] = [inboxCondition(reader, bind)];
  if (filter.recipientOrgUnitId) conditions.push(`n.recipient_org_unit_id = ${bind(filter.recipientOrgUnitId)}`);
  if (filter.planId) conditions.push(`n.reference ->> 'planId' = ${bind(filter.planId)}`);
  if (filter.kind) conditions.push(`n.kind = ${bind(filter.kind)}`);
  if (filter.unread !== undefined) conditions.push(filter.unread ? 'r.read_at is null' : 'r.read_at is not null');
  if (filter.id) conditions.push(filter.id.length > 0 ? `n.id = any(${bind(filter.id)}::uuid[])` : 'false');
  return { where: conditions.join(' and '), params };
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
