import { type PlanAction, PlanningErrorCode, type PlanStatus, type Role } from '@xieshang/contracts';
import { localDay } from '@xieshang/platform-deadlines';
import { AppException } from '@xieshang/platform-errors';
import { PLAN_EDITORS, requireRole } from './plan-access.rules.js';

interface Transition {
  from: readonly PlanStatus[];
  to: PlanStatus;
  roles: readonly Role[];
}

/**
 * The life of a plan: drafted, parties asked for topics, sent to the standing committee, approved
 * (or returned to draft), published. A returned plan may go back to review without asking again.
 */
export const PLAN_TRANSITIONS: Record<PlanAction, Transition> = {
  solicit: { from: ['draft'], to: 'soliciting', roles: PLAN_EDITORS },
  'submit-for-review': { from: ['draft', 'soliciting'], to: 'under_review', roles: PLAN_EDITORS },
  approve: { from: ['under_review'], to: 'approved', roles: ['leader'] },
  return: { from: ['under_review'], to: 'draft', roles: ['leader'] },
  publish: { from: ['approved'], to: 'published', roles: PLAN_EDITORS },
};

/** The state `action` leads to from `status`, or 409 `PLANNING.PLAN_NOT_IN_STATE`. */
export const nextPlanStatus = (status: PlanStatus, action: PlanAction): PlanStatus => {
  const transition = PLAN_TRANSITIONS[action];
  if (!transition.from.includes(status)) {
    throw new AppException(PlanningErrorCode.PlanNotInState, `A plan that is ${status} cannot be given "${action}"`, {
      status,
      action,
      allowedFrom: [...transition.from],
    });
  }
  return transition.to;
};

/** Checks the caller's role (403) before the plan's state (409): a party member learns nothing of the state. */
export const assertPlanAction = (roles: readonly Role[], status: PlanStatus, action: PlanAction): PlanStatus => {
  requireRole(roles, PLAN_TRANSITIONS[action].roles, action.replaceAll('-', ' ') + ' a plan');
  return nextPlanStatus(status, action);
};

/** The buttons the console shows the caller for a plan in `status`. */
export const allowedPlanActions = (roles: readonly Role[], status: PlanStatus): PlanAction[] =>
  (Object.keys(PLAN_TRANSITIONS) as PlanAction[]).filter((action) => {
    const transition = PLAN_TRANSITIONS[action];
    return transition.from.includes(status) && transition.roles.some((role) => roles.includes(role));
  });

/**
 * How items may change in a plan's state: freely while drafted and while parties are asked,
 * only as a numbered revision with a reason once published, not at all under review or approved.
 */
export type ItemChangeMode = 'direct' | 'revision';

export const itemChangeMode = (status: PlanStatus): ItemChangeMode => {
  if (status === 'draft' || status === 'soliciting') return 'direct';
  if (status === 'published') return 'revision';
  throw new AppException(PlanningErrorCode.PlanNotInState, `The items of a plan that is ${status} cannot be changed`, {
    status,
    allowedFrom: ['draft', 'soliciting', 'published'],
  });
};

/** After publication every change says why; the reason becomes the revision's. */
export const requireRevisionReason = (mode: ItemChangeMode, reason: string | undefined): string | null => {
  if (mode === 'direct') return reason ?? null;
  if (!reason) {
    throw new AppException(PlanningErrorCode.ReasonRequired, 'A change to the published plan needs a reason', {
      fields: [{ path: 'reason', message: 'required once the plan is published' }],
    });
  }
  return reason;
};

/** Accepting a suggestion adds to the plan being drafted; a published plan changes only through revisions. */
export const assertDrafting = (status: PlanStatus): void => {
  if (itemChangeMode(status) !== 'direct') {
    throw new AppException(PlanningErrorCode.PlanNotInState, `Suggestions are accepted into a plan being drafted, not one that is ${status}`, {
      status,
      allowedFrom: ['draft', 'soliciting'],
    });
  }
};

/** Parties are asked until a day still to come (or today, on the district's clock); a past deadline would refuse every suggestion. */
export const assertDeadlineAhead = (deadline: string, now: Date, zone: string): void => {
  const today = localDay(now, zone);
  if (deadline < today) {
    throw new AppException(PlanningErrorCode.DeadlinePassed, `The suggestions deadline ${deadline} is already past`, {
      fields: [{ path: 'suggestionsDeadline', message: `must be ${today} or later` }],
    });
  }
};

/**
 * The procedure asks the parties for topics before the plan goes to review (§4.1.1). A plan that
 * never asked them goes only with a recorded reason (a returned plan keeps the one it went with);
 * one that asked needs none.
 */
export const requireSkipSolicitationReason = (
  plan: { suggestionsDeadline: string | null; skipSolicitationReason: string | null },
  reason: string | undefined,
): string | null => {
  if (plan.suggestionsDeadline !== null) return reason ?? null;
  if (!reason && !plan.skipSolicitationReason) {
    throw new AppException(PlanningErrorCode.ReasonRequired, 'The parties were never asked for topics; say why the plan goes to review without them', {
      fields: [{ path: 'skipSolicitationReason', message: 'required when the parties were not asked for topics' }],
    });
  }
  return reason ?? plan.skipSolicitationReason;
};
