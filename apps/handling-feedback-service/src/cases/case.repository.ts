import { type AssignerRole, type CaseStatus, CommonErrorCode, type OpinionSourceKind, type OpinionTrack } from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';
import type { EntityManager } from 'typeorm';
import type { CaseParticipants, CaseVisibility } from './case.rules.js';
import { bumpCounter } from '../dashboard/dashboard-counters.js';

const S = 'handling_feedback';

/** A case as stored, in the service's own words. */
export interface CaseRow {
  id: string;
  number: number;
  opinion_id: string | null;
  title: string;
  text: string;
  status: CaseStatus;
  suggested_track: OpinionTrack;
  track: OpinionTrack | null;
  source_kind: OpinionSourceKind;
  source_record_id: string | null;
  source_title: string;
  source_section: string | null;
  drafting_org_unit_id: string | null;
  assigned_by_role: AssignerRole | null;
  assigned_by: string | null;
  lead_org_unit_id: string | null;
  assigned_at: Date | null;
  due_at: Date | null;
  extended: boolean;
  extension_reason: string | null;
  outcome: 'solved' | 'solving_step_by_step' | 'explained' | null;
  reply: string | null;
  plan: string | null;
  plan_due_on: string | null;
  adoption: 'adopted' | 'partly_adopted' | 'not_adopted' | null;
  adoption_reason: string | null;
  close_reason: string | null;
  merged_into_id: string | null;
  split_from_id: string | null;
  rehandled: boolean;
  sent_back_count: number;
  released_at: Date | null;
  on_time: boolean | null;
  raised_at: Date;
  year: number;
  created_at: Date;
  updated_at: Date;
  version: number;
}

export interface PartyRow {
  case_id: string;
  party_org_unit_id: string | null;
  raised_by_person_id: string | null;
  raised_by_name: string;
  opinion_id: string | null;
}

export interface CoHandlerRow {
  case_id: string;
  org_unit_id: string;
  signed_at: Date | null;
  signed_by_name: string | null;
  opinion: string;
}

/** The SQL condition that keeps a caller to the cases it may read (`c` is the case). */
export const visibilityCondition = (visibility: CaseVisibility, parameters: unknown[]): string => {
  switch (visibility.kind) {
    case 'all':
      return 'true';
    case 'none':
      return 'false';
    case 'department':
      parameters.push(visibility.orgUnitId);
      // Ids first, then the cases by primary key: under row-level security a condition with a
      // subquery filters after the policy, so it must not be the one that finds the rows.
      return `c.id = any(array(
        select x.id from ${S}.cases x where x.lead_org_unit_id = $${parameters.length}
        union select x.id from ${S}.cases x where x.drafting_org_unit_id = $${parameters.length} and x.status <> 'registered'
        union select h.case_id from ${S}.case_co_handlers h where h.org_unit_id = $${parameters.length}))`;
    case 'party':
      parameters.push(visibility.orgUnitId);
      return `c.id = any(array(select p.case_id from ${S}.case_parties p where p.party_org_unit_id = $${parameters.length}))`;
  }
};

/**
 * The ids of the cases a department or a party reads (or, with `queue`, those waiting for the
 * department), each arm through its own index. Under row-level security a condition holding a
 * subquery is applied after the policy and so cannot choose the rows; an id list bound as a
 * parameter can, through the primary key, whatever the size of the tenant.
 */
export const scopeIds = async (manager: EntityManager, visibility: Extract<CaseVisibility, { orgUnitId: string }>, queue: boolean): Promise<string[]> => {
  const unit = [visibility.orgUnitId];
  const sql =
    visibility.kind === 'party'
      ? `select p.case_id as id from ${S}.case_parties p where p.party_org_unit_id = $1`
      : queue
        ? `select x.id from ${S}.cases x where x.status = 'assigned' and x.lead_org_unit_id = $1
           union all select x.id from ${S}.cases x where x.status = 'awaiting_adoption' and x.drafting_org_unit_id = $1
           union all select h.case_id from ${S}.case_co_handlers h join ${S}.cases y on y.id = h.case_id where h.org_unit_id = $1 and h.signed_at is null and y.status = 'co_signing'`
        : `select x.id from ${S}.cases x where x.lead_org_unit_id = $1
           union select x.id from ${S}.cases x where x.drafting_org_unit_id = $1 and x.status <> 'registered'
           union select h.case_id as id from ${S}.case_co_handlers h where h.org_unit_id = $1`;
  const rows: { id: string }[] = await manager.query(sql, unit);
  return [...new Set(rows.map((row) => row.id))];
};

const notFound = () => new AppException(CommonErrorCode.NotFound, 'No such case');

/** One case the caller may read; `lock` holds it for the rest of the transaction. */
export const findVisibleCase = async (manager: EntityManager, id: string, visibility: CaseVisibility, lock = false): Promise<CaseRow> => {
  const parameters: unknown[] = [id];
  const condition = visibilityCondition(visibility, parameters);
  const rows: CaseRow[] = await manager.query(`select c.* from ${S}.cases c where c.id = $1 and ${condition}${lock ? ' for update of c' : ''}`, parameters);
  if (!rows[0]) throw notFound();
  return rows[0];
};

export const partiesOf = (manager: EntityManager, caseIds: readonly string[]): Promise<PartyRow[]> =>
  caseIds.length === 0 ? Promise.resolve([]) : manager.query(`select * from ${S}.case_parties where case_id = any($1) order by raised_by_name`, [caseIds]);

export const coHandlersOf = (manager: EntityManager, caseIds: readonly string[]): Promise<CoHandlerRow[]> =>
  caseIds.length === 0 ? Promise.resolve([]) : manager.query(`select * from ${S}.case_co_handlers where case_id = any($1) order by org_unit_id`, [caseIds]);

export const participantsOf = async (manager: EntityManager, row: CaseRow): Promise<CaseParticipants> => ({
  draftingOrgUnitId: row.drafting_org_unit_id,
  leadOrgUnitId: row.lead_org_unit_id,
  assignedByRole: row.assigned_by_role,
  coHandlerOrgUnitIds: (await coHandlersOf(manager, [row.id])).map((handler) => handler.org_unit_id),
  partyOrgUnitIds: [...new Set((await partiesOf(manager, [row.id])).flatMap((party) => (party.party_org_unit_id ? [party.party_org_unit_id] : [])))],
});

const COLUMNS = [
  'title',
  'text',
  'status',
  'track',
  'drafting_org_unit_id',
  'assigned_by_role',
  'assigned_by',
  'lead_org_unit_id',
  'assigned_at',
  'due_at',
  'extended',
  'extension_reason',
  'outcome',
  'reply',
  'plan',
  'plan_due_on',
  'adoption',
  'adoption_reason',
  'close_reason',
  'merged_into_id',
  'rehandled',
  'sent_back_count',
  'released_at',
  'on_time',
] as const satisfies readonly (keyof CaseRow)[];

/** Writes the case's changed fields and bumps its version. */
export const saveCase = async (manager: EntityManager, row: CaseRow, changes: Partial<Pick<CaseRow, (typeof COLUMNS)[number]>>): Promise<CaseRow> => {
  const entries = Object.entries(changes).filter(([key]) => (COLUMNS as readonly string[]).includes(key));
  const sets = entries.map(([key], index) => `${key} = $${index + 2}`);
  const result: unknown[] = await manager.query(
    `update ${S}.cases set ${[...sets, 'version = version + 1', 'updated_at = now()'].join(', ')} where id = $1 returning *`,
    [row.id, ...entries.map(([, value]) => value)],
  );
  // An update answers [rows, count] through the driver.
  const rows = (Array.isArray(result[0]) ? result[0] : result) as CaseRow[];
  const saved = rows[0]!;
  // The dashboard's counters move with the case, in the same transaction.
  if (saved.status !== row.status) {
    await bumpCounter(manager, row.year, 'status', row.status, -1);
    await bumpCounter(manager, row.year, 'status', saved.status, 1);
  }
  if (saved.on_time !== null && row.on_time === null && saved.lead_org_unit_id) {
    await bumpCounter(manager, row.year, saved.on_time ? 'on-time' : 'late', saved.lead_org_unit_id);
  }
  return saved;
};

export interface NewCase {
  opinionId: string | null;
  title: string;
  text: string;
  suggestedTrack: OpinionTrack;
  sourceKind: OpinionSourceKind;
  sourceRecordId: string | null;
  sourceTitle: string;
  sourceSection: string | null;
  draftingOrgUnitId: string | null;
  splitFromId: string | null;
  raisedAt: Date;
  year: number;
}

/** Inserts a case; with an opinion id already taken it inserts nothing and returns null. */
export const insertCase = async (manager: EntityManager, fresh: NewCase): Promise<CaseRow | null> => {
  const rows: CaseRow[] = await manager.query(
    `insert into ${S}.cases (opinion_id, title, text, suggested_track, source_kind, source_record_id, source_title, source_section, drafting_org_unit_id, split_from_id, raised_at, year)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
     on conflict (tenant_id, opinion_id) where opinion_id is not null do nothing
     returning *`,
    [
      fresh.opinionId,
      fresh.title,
      fresh.text,
      fresh.suggestedTrack,
      fresh.sourceKind,
      fresh.sourceRecordId,
      fresh.sourceTitle,
      fresh.sourceSection,
      fresh.draftingOrgUnitId,
      fresh.splitFromId,
      fresh.raisedAt,
      fresh.year,
    ],
  );
  if (rows[0]) await bumpCounter(manager, fresh.year, 'status', rows[0].status);
  return rows[0] ?? null;
};

export const linkParty = (manager: EntityManager, caseId: string, party: Omit<PartyRow, 'case_id'>): Promise<unknown> =>
  manager.query(`insert into ${S}.case_parties (case_id, party_org_unit_id, raised_by_person_id, raised_by_name, opinion_id) values ($1, $2, $3, $4, $5)`, [
    caseId,
    party.party_org_unit_id,
    party.raised_by_person_id,
    party.raised_by_name,
    party.opinion_id,
  ]);

/** Adds a step to the case's history. */
export const recordStep = (
  manager: EntityManager,
  caseId: string,
  step: string,
  actor: { id: string | null; name: string; orgUnitId: string | null },
  note = '',
  at: Date = new Date(),
): Promise<unknown> =>
  manager.query(`insert into ${S}.case_steps (case_id, step, actor_id, actor_name, actor_org_unit_id, note, at) values ($1, $2, $3, $4, $5, $6, $7)`, [
    caseId,
    step,
    actor.id,
    actor.name,
    actor.orgUnitId,
    note,
    at,
  ]);
