import { Inject, Injectable } from '@nestjs/common';
import { CASE_SORT_FIELDS, type CaseStatus, type CaseView, caseRefSchema, type ListResult, listCasesQuerySchema, MAX_PAGE_SIZE, type Role } from '@xieshang/contracts';
import { type Clock } from '@xieshang/platform-deadlines';
import { AppException } from '@xieshang/platform-errors';
import { containsPattern, TenantDatabase } from '@xieshang/platform-persistence';
import { SERVICE_CLOCK } from '@xieshang/platform-runtime';
import { currentCaller } from '@xieshang/platform-tenancy';
import type { z } from 'zod';
import { HandlingSettings } from '../../settings/handling-settings.js';
import { type CaseRow, findVisibleCase, scopeIds } from '../case.repository.js';
import { type Actor, caseVisibility, RUNNING } from '../case.rules.js';
import { toCaseViews } from '../case-view.js';

const S = 'handling_feedback';
const COLUMN: Record<(typeof CASE_SORT_FIELDS)[number], string> = { createdAt: 'c.created_at', dueAt: 'c.due_at', status: 'c.status', title: 'c.title' };

/** What waits for the caller: UFWD triages and releases, the offices assign and review, a department handles. */
const queueCondition = (actor: Actor, parameters: unknown[], departmentQueue: string[] | null): string => {
  const has = (role: Role) => actor.roles.includes(role);
  const parts: string[] = [];
  if (has('ufwd')) parts.push(`c.status in ('registered', 'to_release')`);
  for (const role of ['office', 'gov-office'] as const) {
    if (!has(role)) continue;
    parameters.push(role);
    parts.push(`(c.status = 'to_assign' and (c.assigned_by_role is null or c.assigned_by_role = $${parameters.length}) or c.status = 'in_review' and c.assigned_by_role = $${parameters.length})`);
  }
  // A department's queue is found by its ids first (scopeIds), like what it may read.
  if (departmentQueue) {
    parameters.push(departmentQueue);
    parts.push(`c.id = any($${parameters.length}::uuid[])`);
  }
  if ((has('party-leader') || has('party-member')) && actor.orgUnitId) {
    parameters.push(actor.orgUnitId);
    parts.push(`(c.status = 'released' and not exists (select 1 from ${S}.case_ratings r where r.case_id = c.id and r.party_org_unit_id = $${parameters.length}))`);
  }
  return parts.length > 0 ? `(${parts.join(' or ')})` : 'false';
};

/** Cases as the caller may read them: queues, filters, one case with its whole history. */
@Injectable()
export class CaseQueriesHandler {
  constructor(
    private readonly database: TenantDatabase,
    private readonly settings: HandlingSettings,
    @Inject(SERVICE_CLOCK) private readonly clock: Clock,
  ) {}

  async list(query: z.infer<typeof listCasesQuerySchema>): Promise<ListResult<CaseView>> {
    const caller = currentCaller();
    const [from, to] = query.range;
    if (to < from || to - from + 1 > MAX_PAGE_SIZE) throw AppException.invalidInput([{ path: 'range', message: `range must be [from, to] with at most ${MAX_PAGE_SIZE} rows` }]);
    const [field, order] = query.sort ?? (query.filter.queue ? ['dueAt', 'ASC'] : ['createdAt', 'DESC']);
    if (!(field in COLUMN)) throw AppException.invalidInput([{ path: 'sort', message: `sort by one of ${CASE_SORT_FIELDS.join(', ')}` }]);
    const now = this.clock.now();
    const visibility = caseVisibility(caller);
    const { filter } = query;
    const zone = await this.settings.timeZone();
    return this.database.run(async (manager) => {
      const parameters: unknown[] = [];
      const where: string[] = [];
      const add = (condition: (placeholder: string) => string, value: unknown) => {
        parameters.push(value);
        where.push(condition(`$${parameters.length}`));
      };
      if (visibility.kind === 'none') where.push('false');
      // A department's queue holds only cases it may read: its ids alone scope the query.
      else if (visibility.kind !== 'all' && !(filter.queue && visibility.kind === 'department')) add((p) => `c.id = any(${p}::uuid[])`, await scopeIds(manager, visibility, false));
      if (filter.status) add((p) => `c.status = any(${p})`, Array.isArray(filter.status) ? filter.status : [filter.status]);
      if (filter.track) add((p) => `c.track = ${p}`, filter.track);
      if (filter.leadOrgUnitId) add((p) => `c.lead_org_unit_id = ${p}`, filter.leadOrgUnitId);
      if (filter.partyOrgUnitId) add((p) => `exists (select 1 from ${S}.case_parties q where q.case_id = c.id and q.party_org_unit_id = ${p})`, filter.partyOrgUnitId);
      if (filter.year !== undefined) add((p) => `c.year = ${p}`, filter.year);
      if (filter.q) add((p) => `(c.title ilike ${p} or c.text ilike ${p})`, containsPattern(filter.q));
      if (filter.id) add((p) => `c.id = any(${p})`, filter.id);
      if (filter.overdue) {
        add((p) => `c.status = any(${p})`, RUNNING as CaseStatus[]);
        add((p) => `c.due_at < ${p}`, now);
      }
      if (filter.queue) {
        const departmentQueue = visibility.kind === 'department' ? await scopeIds(manager, visibility, true) : null;
        where.push(queueCondition(caller, parameters, departmentQueue));
      }
      const condition = where.length > 0 ? where.join(' and ') : 'true';
      const counted: { total: number }[] = await manager.query(`select count(*)::integer as total from ${S}.cases c where ${condition}`, parameters);
      const rows: CaseRow[] = await manager.query(
        `select c.* from ${S}.cases c where ${condition}
         order by ${COLUMN[field as keyof typeof COLUMN]} ${order === 'ASC' ? 'asc' : 'desc'} nulls last, c.id
         limit ${to - from + 1} offset ${from}`,
        parameters,
      );
      return { items: await toCaseViews(manager, rows, { now, zone, history: false }), total: counted[0]?.total ?? 0 };
    });
  }

  async get(query: z.infer<typeof caseRefSchema>): Promise<CaseView> {
    const caller = currentCaller();
    const zone = await this.settings.timeZone();
    return this.database.run(async (manager) => {
      const row = await findVisibleCase(manager, query.id, caseVisibility(caller));
      const [view] = await toCaseViews(manager, [row], { now: this.clock.now(), zone, history: true });
      return view!;
    });
  }
}
