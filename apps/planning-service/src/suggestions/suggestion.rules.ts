import type { Caller } from '@xieshang/platform-tenancy';
import { CommonErrorCode, PlanningErrorCode, type Role, SUGGESTION_STATUSES_SENT, type SuggestionStatus } from '@xieshang/contracts';
import { localDay } from '@xieshang/platform-deadlines';
import { AppException } from '@xieshang/platform-errors';
import { isPlanInsider, PLAN_EDITORS } from '../plans/plan-access.rules.js';

export type SuggestionAction = 'edit' | 'submit' | 'approve' | 'return' | 'accept' | 'decline';

interface SuggestionStep {
  from: SuggestionStatus;
  to: SuggestionStatus;
  /** Who acts: a member or the leader of the suggesting branch, or office/UFWD. */
  actor: 'branch-member' | 'branch-leader' | 'editor';
}

/** A member drafts and submits; the branch's leader sends it (主委审定) or returns it; office/UFWD decide. */
export const SUGGESTION_STEPS: Record<SuggestionAction, SuggestionStep> = {
  edit: { from: 'draft', to: 'draft', actor: 'branch-member' },
  submit: { from: 'draft', to: 'awaiting_leader', actor: 'branch-member' },
  approve: { from: 'awaiting_leader', to: 'sent', actor: 'branch-leader' },
  return: { from: 'awaiting_leader', to: 'draft', actor: 'branch-leader' },
  accept: { from: 'sent', to: 'accepted', actor: 'editor' },
  decline: { from: 'sent', to: 'declined', actor: 'editor' },
};

const forbidden = (message: string): AppException => new AppException(CommonErrorCode.Forbidden, message);

/** What the rules need of the caller: their roles and their org unit. */
export type SuggestionCaller = Pick<Caller, 'roles' | 'orgUnitId'>;

const assertMayTake = (step: SuggestionStep, orgUnitId: string, caller: SuggestionCaller): void => {
  if (step.actor === 'editor') {
    if (!caller.roles.some((role) => PLAN_EDITORS.includes(role))) throw forbidden('Only office or UFWD decide on suggestions');
    return;
  }
  const role: Role = step.actor === 'branch-leader' ? 'party-leader' : 'party-member';
  if (!caller.roles.includes(role)) throw forbidden(`Only a ${role} of the suggesting branch may do this`);
  if (caller.orgUnitId !== orgUnitId) throw forbidden(`Only a ${role} of the suggesting branch may do this`);
};

/** The status `action` leads to; 403 for the wrong person, 409 for the wrong moment. */
export const nextSuggestionStatus = (action: SuggestionAction, suggestion: { status: SuggestionStatus; orgUnitId: string }, caller: SuggestionCaller): SuggestionStatus => {
  const step = SUGGESTION_STEPS[action];
  assertMayTake(step, suggestion.orgUnitId, caller);
  if (suggestion.status !== step.from) {
    throw new AppException(PlanningErrorCode.SuggestionNotInState, `A suggestion that is ${suggestion.status} cannot be given "${action}"`, {
      status: suggestion.status,
      action,
      allowedFrom: [step.from],
    });
  }
  return step.to;
};

/**
 * Which suggestions a caller sees: a party user those of their own branch; the CPC side only what
 * a branch has sent (and what became of it), never drafts; anyone else none.
 */
export type SuggestionScope = { orgUnitId: string } | { statuses: readonly SuggestionStatus[] } | 'none';

export const suggestionScope = (caller: SuggestionCaller): SuggestionScope => {
  if (isPlanInsider(caller.roles)) return { statuses: SUGGESTION_STATUSES_SENT };
  if ((caller.roles.includes('party-member') || caller.roles.includes('party-leader')) && caller.orgUnitId) {
    return { orgUnitId: caller.orgUnitId };
  }
  return 'none';
};

export const maySeeSuggestion = (suggestion: { status: SuggestionStatus; orgUnitId: string }, caller: SuggestionCaller): boolean => {
  const scope = suggestionScope(caller);
  if (scope === 'none') return false;
  return 'orgUnitId' in scope ? scope.orgUnitId === suggestion.orgUnitId : scope.statuses.includes(suggestion.status);
};

/** Topics are suggested while the plan asks for them, until the deadline's day is over on the district's clock. */
export const assertBeforeDeadline = (deadline: string | null, now: Date, zone: string): void => {
  if (!deadline) return;
  const today = localDay(now, zone);
  if (today > deadline) {
    throw new AppException(PlanningErrorCode.SuggestionDeadlinePassed, `Suggestions were due by ${deadline}`, { deadline });
  }
};
