import type { CaseStatus, CaseView } from '@xieshang/contracts';

/** The steps the console offers on a case; the service decides again. */
export type CaseActionName =
  | 'accept'
  | 'close'
  | 'adoption'
  | 'assign'
  | 'return'
  | 'reply'
  | 'co-sign'
  | 'approve'
  | 'send-back'
  | 'release'
  | 'rate'
  | 'extend';

export interface Viewer {
  roles: readonly string[];
  orgUnitId: string | null;
}

type CaseFacts = Pick<CaseView, 'status' | 'leadOrgUnitId' | 'draftingOrgUnitId' | 'assignedByRole' | 'coHandlers' | 'parties' | 'ratings' | 'outcome' | 'rehandled' | 'extended'>;

const RUNNING: readonly CaseStatus[] = ['assigned', 'co_signing', 'in_review'];

/** What the viewer may do to the case now, by its state, the viewer's roles and unit (DOMAIN.md §5). */
export const caseActions = (record: CaseFacts, viewer: Viewer): CaseActionName[] => {
  const has = (role: string) => viewer.roles.includes(role);
  const unit = viewer.orgUnitId;
  const department = has('department') && unit !== null;
  const actions: CaseActionName[] = [];
  if (record.status === 'registered' && has('ufwd')) actions.push('accept', 'close');
  if (record.status === 'awaiting_adoption' && department && unit === record.draftingOrgUnitId) actions.push('adoption');
  if (record.status === 'to_assign' && (has('office') || has('gov-office'))) actions.push('assign');
  if (department && unit === record.leadOrgUnitId) {
    if (record.status === 'assigned') actions.push('reply', 'return');
    if ((record.status === 'released' || record.status === 'rated') && record.outcome === 'solving_step_by_step') actions.push('reply');
  }
  if (record.status === 'co_signing' && department && record.coHandlers.some((handler) => handler.orgUnitId === unit && handler.signedAt === null)) actions.push('co-sign');
  const assigner = record.assignedByRole !== null && has(record.assignedByRole);
  if (record.status === 'in_review' && assigner) actions.push('approve', 'send-back');
  if (RUNNING.includes(record.status) && assigner && !record.extended) actions.push('extend');
  if (record.status === 'to_release' && has('ufwd')) actions.push('release');
  const party = (has('party-leader') || has('party-member')) && unit !== null && record.parties.some((item) => item.partyOrgUnitId === unit);
  const round = record.rehandled ? 2 : 1;
  if (party && (record.status === 'released' || record.status === 'rated') && !record.ratings.some((rating) => rating.partyOrgUnitId === unit && rating.round === round)) {
    actions.push('rate');
  }
  return actions;
};

/** Whole days left, as the queue shows them: "12 days left", "3 days overdue". */
export const daysLeftKind = (daysLeft: number | null): 'none' | 'left' | 'today' | 'overdue' =>
  daysLeft === null ? 'none' : daysLeft > 0 ? 'left' : daysLeft === 0 ? 'today' : 'overdue';
