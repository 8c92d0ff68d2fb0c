import { AppException } from '@xieshang/platform-errors';
import { assertInFuture, assertMayAttach, endOf, interviewScope, inviterIsLeader, maySeeInterview, nextInterviewStatus } from './interview.rules.js';

const PARTY = '0b7f7c52-2f49-4a39-9a36-5d0a3f1f3d11';
const OTHER = '1b7f7c52-2f49-4a39-9a36-5d0a3f1f3d11';

const codeOf = (work: () => unknown): string | undefined => {
  try {
    work();
    return undefined;
  } catch (error) {
    return error instanceof AppException ? error.code : 'not an AppException';
  }
};

const ufwd = { roles: ['ufwd'] as const, orgUnitId: OTHER };
const leader = { roles: ['leader'] as const, orgUnitId: null };
const partyLeader = { roles: ['party-leader'] as const, orgUnitId: PARTY };
const otherPartyLeader = { roles: ['party-leader'] as const, orgUnitId: OTHER };
const partyMember = { roles: ['party-member'] as const, orgUnitId: PARTY };

describe('interview rules', () => {
  it('lets UFWD or the office arrange a request, and no one else', () => {
    const requested = { origin: 'party' as const, status: 'requested' as const, partyOrgUnitId: PARTY };
    expect(nextInterviewStatus('schedule', requested, ufwd)).toBe('scheduled');
    expect(nextInterviewStatus('schedule', requested, { roles: ['office'], orgUnitId: null })).toBe('scheduled');
    expect(codeOf(() => nextInterviewStatus('schedule', requested, leader))).toBe('AUTH.FORBIDDEN');
    expect(codeOf(() => nextInterviewStatus('schedule', requested, partyLeader))).toBe('AUTH.FORBIDDEN');
    expect(codeOf(() => nextInterviewStatus('schedule', { ...requested, status: 'scheduled' }, ufwd))).toBe('INTERVIEW.NOT_IN_STATE');
  });

  it('lets the invited party’s leader decline an invitation, but not a request of its own or another party’s invitation', () => {
    const invitation = { origin: 'cpc' as const, status: 'scheduled' as const, partyOrgUnitId: PARTY };
    expect(nextInterviewStatus('decline', invitation, partyLeader)).toBe('declined');
    expect(codeOf(() => nextInterviewStatus('decline', invitation, otherPartyLeader))).toBe('AUTH.FORBIDDEN');
    expect(codeOf(() => nextInterviewStatus('decline', invitation, partyMember))).toBe('AUTH.FORBIDDEN');
    expect(codeOf(() => nextInterviewStatus('decline', { ...invitation, origin: 'party' }, partyLeader))).toBe('AUTH.FORBIDDEN');
    expect(nextInterviewStatus('decline', { ...invitation, origin: 'party' }, ufwd)).toBe('declined');
    expect(codeOf(() => nextInterviewStatus('decline', { ...invitation, status: 'held' }, ufwd))).toBe('INTERVIEW.NOT_IN_STATE');
  });

  it('moves scheduled → held → recorded on the CPC side only', () => {
    const scheduled = { origin: 'cpc' as const, status: 'scheduled' as const, partyOrgUnitId: PARTY };
    expect(nextInterviewStatus('hold', scheduled, leader)).toBe('held');
    expect(codeOf(() => nextInterviewStatus('hold', scheduled, partyLeader))).toBe('AUTH.FORBIDDEN');
    expect(nextInterviewStatus('record', { ...scheduled, status: 'held' }, ufwd)).toBe('recorded');
    expect(codeOf(() => nextInterviewStatus('record', scheduled, ufwd))).toBe('INTERVIEW.NOT_IN_STATE');
    expect(codeOf(() => nextInterviewStatus('record', { ...scheduled, status: 'recorded' }, ufwd))).toBe('INTERVIEW.NOT_IN_STATE');
  });

  it('lets a leader invite for themself, and UFWD only for a named leader', () => {
    expect(inviterIsLeader(leader, undefined)).toBe(true);
    expect(inviterIsLeader(ufwd, PARTY)).toBe(false);
    expect(codeOf(() => inviterIsLeader(ufwd, undefined))).toBe('VALIDATION.INVALID_INPUT');
    expect(codeOf(() => inviterIsLeader(partyLeader, undefined))).toBe('AUTH.FORBIDDEN');
  });

  it('shows the CPC side every interview and a party only its own', () => {
    expect(interviewScope(leader)).toBe('all');
    expect(interviewScope({ roles: ['supervisor'], orgUnitId: null })).toBe('all');
    expect(interviewScope({ roles: ['city-observer'], orgUnitId: null })).toBe('all');
    expect(interviewScope(partyMember)).toEqual({ partyOrgUnitId: PARTY });
    expect(interviewScope({ roles: ['department'], orgUnitId: OTHER })).toBe('none');
    expect(maySeeInterview({ partyOrgUnitId: PARTY }, partyMember)).toBe(true);
    expect(maySeeInterview({ partyOrgUnitId: PARTY }, otherPartyLeader)).toBe(false);
    expect(maySeeInterview({ partyOrgUnitId: PARTY }, { roles: ['tenant-admin'], orgUnitId: null })).toBe(false);
  });

  it('refuses a time already past and ends an hour later by default', () => {
    const now = new Date('2027-03-15T08:00:00Z');
    expect(codeOf(() => assertInFuture('2027-03-15T07:00:00Z', now))).toBe('VALIDATION.DATE_IN_PAST');
    expect(codeOf(() => assertInFuture('2027-03-15T09:00:00+08:00', now))).toBe('VALIDATION.DATE_IN_PAST');
    expect(codeOf(() => assertInFuture('2027-03-16T09:00:00+08:00', now))).toBeUndefined();
    expect(endOf('2027-03-16T09:00:00+08:00', undefined).toISOString()).toBe('2027-03-16T02:00:00.000Z');
    expect(endOf('2027-03-16T09:00:00+08:00', 30).toISOString()).toBe('2027-03-16T01:30:00.000Z');
  });
});

describe('interview documents', () => {
  it('are sent before the interview by the CPC side or the party’s own leader', () => {
    const requested = { origin: 'party' as const, status: 'requested' as const, partyOrgUnitId: PARTY };
    expect(codeOf(() => assertMayAttach(requested, partyLeader))).toBeUndefined();
    expect(codeOf(() => assertMayAttach({ ...requested, status: 'scheduled' }, ufwd))).toBeUndefined();
    expect(codeOf(() => assertMayAttach(requested, otherPartyLeader))).toBe('AUTH.FORBIDDEN');
    expect(codeOf(() => assertMayAttach(requested, partyMember))).toBe('AUTH.FORBIDDEN');
    expect(codeOf(() => assertMayAttach({ ...requested, status: 'held' }, ufwd))).toBe('INTERVIEW.NOT_IN_STATE');
  });
});
