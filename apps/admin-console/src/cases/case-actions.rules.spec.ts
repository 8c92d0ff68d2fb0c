import { describe, expect, it } from 'vitest';
import { caseActions, daysLeftKind } from './case-actions.rules.js';

const base = {
  status: 'registered' as const,
  leadOrgUnitId: 'lead',
  draftingOrgUnitId: 'draft',
  assignedByRole: 'office' as const,
  coHandlers: [{ orgUnitId: 'co', signedAt: null, signedByName: null, opinion: '' }],
  parties: [{ partyOrgUnitId: 'party', raisedByPersonId: null, raisedByName: '民盟', opinionId: null }],
  ratings: [],
  outcome: null,
  rehandled: false,
  extended: false,
};

describe('case actions in the console', () => {
  it('offers triage to UFWD only', () => {
    expect(caseActions(base, { roles: ['ufwd'], orgUnitId: 'u' })).toEqual(['accept', 'close']);
    expect(caseActions(base, { roles: ['office'], orgUnitId: 'o' })).toEqual([]);
  });

  it('offers the lead department its reply and return, a co-handler its signature, the assigner its review', () => {
    expect(caseActions({ ...base, status: 'assigned' }, { roles: ['department'], orgUnitId: 'lead' })).toEqual(['reply', 'return']);
    expect(caseActions({ ...base, status: 'assigned' }, { roles: ['department'], orgUnitId: 'co' })).toEqual([]);
    expect(caseActions({ ...base, status: 'co_signing' }, { roles: ['department'], orgUnitId: 'co' })).toEqual(['co-sign']);
    expect(caseActions({ ...base, status: 'in_review' }, { roles: ['office'], orgUnitId: 'o' })).toEqual(['approve', 'send-back', 'extend']);
    expect(caseActions({ ...base, status: 'in_review' }, { roles: ['gov-office'], orgUnitId: 'g' })).toEqual([]);
  });

  it('offers a linked party its rating once per round', () => {
    const released = { ...base, status: 'released' as const };
    expect(caseActions(released, { roles: ['party-member'], orgUnitId: 'party' })).toEqual(['rate']);
    expect(caseActions(released, { roles: ['party-member'], orgUnitId: 'other' })).toEqual([]);
    const rated = { ...released, ratings: [{ partyOrgUnitId: 'party', round: 1, satisfaction: 'satisfied' as const, comment: '', requestedRehandling: false, ratedByName: 'x', ratedAt: '' }] };
    expect(caseActions(rated, { roles: ['party-member'], orgUnitId: 'party' })).toEqual([]);
  });

  it('reads days left', () => {
    expect([daysLeftKind(null), daysLeftKind(3), daysLeftKind(0), daysLeftKind(-1)]).toEqual(['none', 'left', 'today', 'overdue']);
  });
});
