import { CommonErrorCode, type InterviewOrigin, type InterviewStatus, InterviewErrorCode, type Role } from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';
import type { Caller } from '@xieshang/platform-tenancy';

/** What the rules need of the caller: their roles and their org unit. */
export type InterviewCaller = Pick<Caller, 'roles' | 'orgUnitId'>;

/** What the rules need of an interview. */
export interface InterviewState {
  origin: InterviewOrigin;
  status: InterviewStatus;
  partyOrgUnitId: string;
}

/** Those who arrange interviews for the CPC side (DOMAIN.md roles: office, UFWD). */
export const ARRANGERS: readonly Role[] = ['office', 'ufwd'];
/** The CPC side of an interview: its leaders and those who arrange for them. */
export const CPC_SIDE: readonly Role[] = ['leader', ...ARRANGERS];
/** Who reads every interview of the tenant; a city observer only once the gateway let it into one district. */
const TENANT_READERS: readonly Role[] = [...CPC_SIDE, 'supervisor', 'city-observer'];
const PARTY_ROLES: readonly Role[] = ['party-member', 'party-leader'];

export type InterviewAction = 'schedule' | 'decline' | 'hold' | 'record';

/**
 * Who may take each step, and from where: UFWD or the office arranges a request; the CPC side, or
 * the invited party's leader for a CPC invitation, declines with a reason; the CPC side marks it
 * held and records what was raised.
 */
export const INTERVIEW_STEPS: Record<InterviewAction, { from: readonly InterviewStatus[]; to: InterviewStatus }> = {
  schedule: { from: ['requested'], to: 'scheduled' },
  decline: { from: ['requested', 'scheduled'], to: 'declined' },
  hold: { from: ['scheduled'], to: 'held' },
  record: { from: ['held'], to: 'recorded' },
};

const forbidden = (message: string): AppException => new AppException(CommonErrorCode.Forbidden, message);
const hasAny = (caller: InterviewCaller, roles: readonly Role[]): boolean => roles.some((role) => caller.roles.includes(role));

const isPartyLeaderOf = (caller: InterviewCaller, partyOrgUnitId: string): boolean =>
  caller.roles.includes('party-leader') && caller.orgUnitId === partyOrgUnitId;

const assertMayTake = (action: InterviewAction, interview: InterviewState, caller: InterviewCaller): void => {
  if (action === 'schedule') {
    if (!hasAny(caller, ARRANGERS)) throw forbidden('Only UFWD or the office arranges an interview');
    return;
  }
  if (action === 'decline') {
    if (hasAny(caller, CPC_SIDE)) return;
    if (interview.origin === 'cpc' && isPartyLeaderOf(caller, interview.partyOrgUnitId)) return;
    throw forbidden('Only the CPC side, or the invited party’s leader for an invitation, declines an interview');
  }
  if (!hasAny(caller, CPC_SIDE)) throw forbidden('Only a leader, UFWD or the office records an interview');
};

/** The status `action` leads to; 403 for the wrong person, 409 for the wrong moment. */
export const nextInterviewStatus = (action: InterviewAction, interview: InterviewState, caller: InterviewCaller): InterviewStatus => {
  const step = INTERVIEW_STEPS[action];
  assertMayTake(action, interview, caller);
  if (!step.from.includes(interview.status)) {
    throw new AppException(InterviewErrorCode.NotInState, `An interview that is ${interview.status} cannot be given "${action}"`, {
      status: interview.status,
      action,
      allowedFrom: [...step.from],
    });
  }
  return step.to;
};

/** A CPC leader invites for themself; UFWD or the office invite on a leader's behalf and must name one. */
export const inviterIsLeader = (caller: InterviewCaller, leaderPersonId: string | undefined): boolean => {
  if (hasAny(caller, ARRANGERS)) {
    if (!leaderPersonId) throw AppException.invalidInput([{ path: 'leaderPersonId', message: 'name the leader the interview is with' }]);
    return false;
  }
  if (caller.roles.includes('leader')) return true;
  throw forbidden('Only a leader, UFWD or the office invites a party to an interview');
};

/** Which interviews a caller sees: the CPC side and supervisors all, party users their own party's, anyone else none. */
export type InterviewScope = 'all' | { partyOrgUnitId: string } | 'none';

export const interviewScope = (caller: InterviewCaller): InterviewScope => {
  if (hasAny(caller, TENANT_READERS)) return 'all';
  if (hasAny(caller, PARTY_ROLES) && caller.orgUnitId) return { partyOrgUnitId: caller.orgUnitId };
  return 'none';
};

export const maySeeInterview = (interview: Pick<InterviewState, 'partyOrgUnitId'>, caller: InterviewCaller): boolean => {
  const scope = interviewScope(caller);
  if (scope === 'none') return false;
  return scope === 'all' || scope.partyOrgUnitId === interview.partyOrgUnitId;
};

/** An interview is arranged for a time to come; a minute's leeway for the clocks of client and server. */
export const assertInFuture = (startsAt: string, now: Date, path = 'startsAt'): void => {
  if (Date.parse(startsAt) <= now.getTime() - 60_000) {
    throw new AppException(InterviewErrorCode.DateInPast, 'An interview is arranged for a time still to come', {
      fields: [{ path, message: 'must be in the future' }],
    });
  }
};

export const DEFAULT_DURATION_MINUTES = 60;

export const endOf = (startsAt: string, durationMinutes: number | undefined): Date =>
  new Date(Date.parse(startsAt) + (durationMinutes ?? DEFAULT_DURATION_MINUTES) * 60_000);

/**
 * Documents go with the information in advance: until the interview is held, from the CPC side or
 * from the party's own leader.
 */
export const assertMayAttach = (interview: InterviewState, caller: InterviewCaller): void => {
  if (!hasAny(caller, CPC_SIDE) && !isPartyLeaderOf(caller, interview.partyOrgUnitId)) {
    throw forbidden('Only the CPC side or the party’s leader sends documents for an interview');
  }
  if (interview.status !== 'requested' && interview.status !== 'scheduled') {
    throw new AppException(InterviewErrorCode.NotInState, `Documents are sent before the interview; it is ${interview.status}`, {
      status: interview.status,
      action: 'attach-document',
      allowedFrom: ['requested', 'scheduled'],
    });
  }
};
