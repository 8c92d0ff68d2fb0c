import { assertCaseStatus, assertMayAct, caseClock, caseVisibility, coHandlersOf, daysLeft, extendedDue, isOnTime } from './case.rules.js';

const ZONE = 'Asia/Shanghai';
const people = { draftingOrgUnitId: 'd-draft', leadOrgUnitId: 'd-lead', assignedByRole: 'office' as const, coHandlerOrgUnitIds: ['d-co'], partyOrgUnitIds: ['p-1'] };

describe('case rules', () => {
  it('takes each step only from its statuses', () => {
    expect(() => assertCaseStatus('registered', 'triage')).not.toThrow();
    expect(() => assertCaseStatus('assigned', 'triage')).toThrow(expect.objectContaining({ code: 'HANDLING.CASE_NOT_IN_STATE' }));
    expect(() => assertCaseStatus('to_release', 'rate')).toThrow(expect.objectContaining({ code: 'HANDLING.CASE_NOT_IN_STATE' }));
    expect(() => assertCaseStatus('released', 'reply')).not.toThrow();
  });

  it('gives each step to its role and unit', () => {
    expect(() => assertMayAct({ roles: ['department'], orgUnitId: 'd-lead' }, 'reply', people)).not.toThrow();
    expect(() => assertMayAct({ roles: ['department'], orgUnitId: 'd-co' }, 'reply', people)).toThrow(expect.objectContaining({ code: 'AUTH.FORBIDDEN' }));
    expect(() => assertMayAct({ roles: ['department'], orgUnitId: 'd-co' }, 'co-sign', people)).not.toThrow();
    expect(() => assertMayAct({ roles: ['gov-office'], orgUnitId: 'g' }, 'approve', people)).toThrow(expect.objectContaining({ code: 'AUTH.FORBIDDEN' }));
    expect(() => assertMayAct({ roles: ['office'], orgUnitId: 'o' }, 'approve', people)).not.toThrow();
    expect(() => assertMayAct({ roles: ['party-member'], orgUnitId: 'p-2' }, 'rate', people)).toThrow(expect.objectContaining({ code: 'AUTH.FORBIDDEN' }));
    expect(() => assertMayAct({ roles: ['party-leader'], orgUnitId: 'p-1' }, 'rate', people)).not.toThrow();
    expect(() => assertMayAct({ roles: ['office'], orgUnitId: 'o' }, 'triage', people)).toThrow(expect.objectContaining({ code: 'AUTH.FORBIDDEN' }));
  });

  it('shows organisers every case, a department and a party their own, others none', () => {
    expect(caseVisibility({ roles: ['supervisor'], orgUnitId: null })).toEqual({ kind: 'all' });
    expect(caseVisibility({ roles: ['department'], orgUnitId: 'd' })).toEqual({ kind: 'department', orgUnitId: 'd' });
    expect(caseVisibility({ roles: ['party-member'], orgUnitId: 'p' })).toEqual({ kind: 'party', orgUnitId: 'p' });
    expect(caseVisibility({ roles: ['tenant-admin'], orgUnitId: null })).toEqual({ kind: 'none' });
  });

  it('is due after the report months in the tenant’s calendar, reminded fifteen days before', () => {
    // 30 November 23:30 in Shanghai (15:30 UTC): three months later is the last day of February there.
    const { dueAt, remindAt } = caseClock(new Date('2026-11-30T15:30:00Z'), 3, ZONE);
    expect(dueAt.toISOString()).toBe('2027-02-28T15:30:00.000Z');
    expect(remindAt.toISOString()).toBe('2027-02-13T15:30:00.000Z');
    expect(extendedDue(dueAt, 3, ZONE, false).toISOString()).toBe('2027-05-28T15:30:00.000Z');
    expect(() => extendedDue(dueAt, 3, ZONE, true)).toThrow(expect.objectContaining({ code: 'HANDLING.ALREADY_EXTENDED' }));
  });

  it('counts days left by calendar day in the zone, and on time up to the due instant', () => {
    const due = new Date('2027-03-01T01:00:00Z');
    expect(daysLeft(due, new Date('2027-02-28T17:00:00Z'), ZONE)).toBe(0);
    expect(daysLeft(due, new Date('2027-02-27T15:00:00Z'), ZONE)).toBe(2);
    expect(daysLeft(due, new Date('2027-03-03T00:00:00Z'), ZONE)).toBe(-2);
    expect(daysLeft(null, new Date(), ZONE)).toBeNull();
    expect(isOnTime(due, due)).toBe(true);
    expect(isOnTime(new Date(due.getTime() + 1), due)).toBe(false);
  });

  it('names each co-handler once, never the lead', () => {
    expect(coHandlersOf('a', ['b', 'a', 'b', 'c'])).toEqual(['b', 'c']);
  });
});
