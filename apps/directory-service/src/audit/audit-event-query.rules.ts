import type { AuditEventListFilter } from '@xieshang/contracts';
import { containsPattern } from '@xieshang/platform-persistence';

/** Calendar days in filters are read in China Standard Time, where every tenant lives (no daylight saving). */
const DAY_OFFSET = '+08:00';
const DAY_MS = 24 * 60 * 60 * 1000;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** The first instant a `from` bound admits. */
export const periodStart = (bound: string): Date => new Date(DATE_ONLY.test(bound) ? `${bound}T00:00:00${DAY_OFFSET}` : bound);

/** The first instant after a `to` bound: a day includes all of itself, an instant itself. */
export const periodEndExclusive = (bound: string): Date =>
  DATE_ONLY.test(bound) ? new Date(new Date(`${bound}T00:00:00${DAY_OFFSET}`).getTime() + DAY_MS) : new Date(new Date(bound).getTime() + 1);

export interface SqlCondition {
  where: string;
  params: unknown[];
}

/** The WHERE clause of a list, with numbered parameters; the tenant always comes first. */
export const auditEventCondition = (tenantId: string, filter: AuditEventListFilter): SqlCondition => {
  const params: unknown[] = [tenantId];
  const clauses = ['tenant_id = $1'];
  const add = (clause: (placeholder: string) => string, value: unknown): void => {
    params.push(value);
    clauses.push(clause(`$${params.length}`));
  };
  if (filter.entity) add((p) => `entity = ${p}`, filter.entity);
  if (filter.entityId) add((p) => `entity_id = ${p}`, filter.entityId);
  if (filter.action) add((p) => `action = ${p}`, filter.action);
  if (filter.actorId) add((p) => `actor_id = ${p}`, filter.actorId);
  if (filter.context) add((p) => `context = ${p}`, filter.context);
  if (filter.from) add((p) => `occurred_at >= ${p}`, periodStart(filter.from).toISOString());
  if (filter.to) add((p) => `occurred_at < ${p}`, periodEndExclusive(filter.to).toISOString());
  if (filter.id) add((p) => `id = any(${p}::uuid[])`, filter.id);
  if (filter.q) {
    add(
      (p) =>
        `(entity ilike ${p} or entity_id ilike ${p} or action ilike ${p} or actor_id ilike ${p} or before::text ilike ${p} or after::text ilike ${p})`,
      containsPattern(filter.q),
    );
  }
  return { where: clauses.join(' and '), params };
};

const SORT_COLUMNS = { seq: 'seq', occurredAt: 'occurred_at' } as const;

/** ORDER BY for a list; seq breaks ties, so pages never overlap. Newest first unless asked otherwise. */
export const auditEventOrder = (sort: readonly [keyof typeof SORT_COLUMNS, 'ASC' | 'DESC'] = ['seq', 'DESC']): string => {
  const [field, direction] = sort;
  const order = direction === 'ASC' ? 'asc' : 'desc';
  return field === 'seq' ? `seq ${order}` : `${SORT_COLUMNS[field]} ${order}, seq ${order}`;
};
