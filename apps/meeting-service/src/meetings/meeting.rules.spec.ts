import { AppException } from '@xieshang/platform-errors';
import type { MeetingParties, Viewer } from './meeting-access.rules.js';
import { allowedActions, assertKnownParticipants, assertKnownPeople, assertMeetingAction, assertNominees, assertSchedule, assertStartsAhead, isLate, lateReasonFor, leadWarningAt, meetingYear, namedPeople, reminderAt } from './meeting.rules.js';

const LEAD = '00000000-0000-4000-8000-000000000001';
const MINMENG = '00000000-0000-4000-8000-000000000002';
const meeting = (status: Parameters<typeof assertMeetingAction>[1]['status']): MeetingParties & { status: typeof status } => ({
  type: 'thematic',
  leadOrgUnitId: LEAD,
  organiserOrgUnitId: null,
  invitedOrgUnitIds: [MINMENG],
  invitedPersonIds: [],
  status,
});
const office: Viewer = { personId: 'p1', orgUnitId: null, roles: ['office'] };
const leadUnitMember: Viewer = { personId: 'p2', orgUnitId: LEAD, roles: ['department'] };
const partyMember: Viewer = { personId: 'p3', orgUnitId: MINMENG, roles: ['party-member'] };

const codeOf = (work: () => unknown): string | undefined => {
  try {
    work();
    return undefined;
  } catch (error) {
    return error instanceof AppException ? error.code : 'not an AppException';
  }
};

describe('the life of a meeting', () => {
  it('moves through its steps in order', () => {
    expect(assertMeetingAction(office, meeting('planned'), 'notice')).toBe('noticed');
    expect(assertMeetingAction(office, meeting('noticed'), 'provide-documents')).toBe('documents_ready');
    expect(assertMeetingAction(office, meeting('documents_ready'), 'hold')).toBe('held');
    expect(assertMeetingAction(office, meeting('held'), 'record-minutes')).toBe('minutes_recorded');
    expect(assertMeetingAction(office, meeting('minutes_recorded'), 'transfer-outcomes')).toBe('outcomes_transferred');
    expect(assertMeetingAction(office, meeting('outcomes_transferred'), 'transfer-outcomes')).toBe('outcomes_transferred');
    expect(assertMeetingAction(office, meeting('outcomes_transferred'), 'close')).toBe('closed');
  });

  it('refuses a step out of order (409) and cancels only before the meeting is held', () => {
    expect(codeOf(() => assertMeetingAction(office, meeting('planned'), 'hold'))).toBe('MEETING.NOT_IN_STATE');
    expect(codeOf(() => assertMeetingAction(office, meeting('closed'), 'notice'))).toBe('MEETING.NOT_IN_STATE');
    expect(assertMeetingAction(office, meeting('documents_ready'), 'cancel')).toBe('cancelled');
    expect(codeOf(() => assertMeetingAction(office, meeting('held'), 'cancel'))).toBe('MEETING.NOT_IN_STATE');
  });

  it('lets the lead unit record the minutes, but only office and UFWD take the other steps', () => {
    expect(assertMeetingAction(leadUnitMember, meeting('held'), 'record-minutes')).toBe('minutes_recorded');
    expect(codeOf(() => assertMeetingAction(leadUnitMember, meeting('planned'), 'notice'))).toBe('AUTH.FORBIDDEN');
    expect(codeOf(() => assertMeetingAction(partyMember, meeting('held'), 'record-minutes'))).toBe('AUTH.FORBIDDEN');
    expect(allowedActions(partyMember, meeting('planned'))).toEqual([]);
    expect(allowedActions(office, meeting('planned'))).toEqual(['notice', 'cancel']);
  });
});

describe('lead times', () => {
  const now = new Date('2027-03-01T00:00:00Z');

  it('calls a step late when fewer than the lead days are left', () => {
    expect(isLate(new Date('2027-03-10T00:00:00Z'), now, 10)).toBe(true);
    expect(isLate(new Date('2027-03-11T00:00:00Z'), now, 10)).toBe(false);
    expect(isLate(new Date('2027-03-06T00:00:00Z'), now, 5)).toBe(false);
  });

  it('needs a reason for a late step and keeps none for one on time', () => {
    expect(codeOf(() => lateReasonFor(true, undefined, 'notice', 10))).toBe('VALIDATION.LATE_REASON_REQUIRED');
    expect(lateReasonFor(true, '临时安排', 'notice', 10)).toBe('临时安排');
    expect(lateReasonFor(false, '多余', 'documents', 5)).toBeNull();
  });

  it('warns a day before the lead time runs out, never in the past', () => {
    expect(leadWarningAt(new Date('2027-03-20T00:00:00Z'), 10, now)?.toISOString()).toBe('2027-03-09T00:00:00.000Z');
    expect(leadWarningAt(new Date('2027-03-05T00:00:00Z'), 10, now)).toBeNull();
  });

  it('reminds the invitees a day before on the district’s clock, from the notice until held, never in the past', () => {
    const startsAt = new Date('2027-03-10T01:30:00Z');
    expect(reminderAt({ startsAt, status: 'noticed' }, 'Asia/Shanghai', now)?.toISOString()).toBe('2027-03-09T01:30:00.000Z');
    expect(reminderAt({ startsAt, status: 'documents_ready' }, 'Asia/Shanghai', now)?.toISOString()).toBe('2027-03-09T01:30:00.000Z');
    // London moves its clocks on 28 March: 10:00 that day follows 10:00 the day before by 23 hours.
    expect(reminderAt({ startsAt: new Date('2027-03-28T09:00:00Z'), status: 'noticed' }, 'Europe/London', now)?.toISOString()).toBe('2027-03-27T10:00:00.000Z');
    expect(['planned', 'held', 'cancelled'].map((status) => reminderAt({ startsAt, status: status as 'planned' }, 'Asia/Shanghai', now))).toEqual([null, null, null]);
    expect(reminderAt({ startsAt: new Date('2027-03-01T12:00:00Z'), status: 'noticed' }, 'Asia/Shanghai', now)).toBeNull();
    expect(reminderAt({ startsAt: null, status: 'noticed' }, 'Asia/Shanghai', now)).toBeNull();
  });
});

describe('what a meeting needs', () => {
  const now = new Date('2027-03-01T00:00:00Z');

  it('starts in the future', () => {
    expect(codeOf(() => assertStartsAhead(new Date('2027-02-28T00:00:00Z'), now))).toBe('VALIDATION.STARTS_IN_PAST');
    expect(codeOf(() => assertStartsAhead(null, now))).toBeUndefined();
  });

  it('has a day and a place before its notice', () => {
    expect(codeOf(() => assertSchedule({ startsAt: null, place: '会议室' }))).toBe('MEETING.SCHEDULE_INCOMPLETE');
    expect(codeOf(() => assertSchedule({ startsAt: now, place: null }))).toBe('MEETING.SCHEDULE_INCOMPLETE');
    expect(assertSchedule({ startsAt: now, place: '会议室' })).toBe(now);
  });

  it('names nominees only in a personnel consultation', () => {
    expect(codeOf(() => assertNominees('thematic', [{ name: 'x' }]))).toBe('VALIDATION.NOMINEES_ONLY_FOR_PERSONNEL');
    expect(codeOf(() => assertNominees('personnel', [{ name: 'x' }]))).toBeUndefined();
  });

  it('names every participant the directory does not know in this district', () => {
    try {
      assertKnownParticipants([{ id: 'a', path: 'leadOrgUnitId' }, { id: 'b', path: 'invitedOrgUnitIds.0' }], new Set(['a']));
      throw new Error('not refused');
    } catch (error) {
      expect((error as AppException).code).toBe('VALIDATION.UNKNOWN_PARTICIPANT');
      expect((error as AppException).details?.fields?.map((field) => field.path)).toEqual(['invitedOrgUnitIds.0']);
    }
  });

  it('counts in the year of its day, else of its planned day, else of its plan', () => {
    expect(meetingYear(new Date('2028-01-02T00:00:00Z'), '2027-12-30', 2026, 'Asia/Shanghai')).toBe(2028);
    expect(meetingYear(null, '2027-12-30', 2026, 'Asia/Shanghai')).toBe(2027);
    expect(meetingYear(null, null, 2026, 'Asia/Shanghai')).toBe(2026);
    // 07:00 on New Year's Day in Bazhou is still the old year in UTC.
    expect(meetingYear(new Date('2027-12-31T23:00:00Z'), null, 2027, 'Asia/Shanghai')).toBe(2028);
  });
});

describe('invited people', () => {
  it('names each invited person by its place in the list, and none when there are none', () => {
    expect(namedPeople({ invitedPersonIds: ['a', 'b'] })).toEqual([
      { id: 'a', path: 'invitedPersonIds.0' },
      { id: 'b', path: 'invitedPersonIds.1' },
    ]);
    expect(namedPeople({})).toEqual([]);
  });

  it('refuses with 422 naming only the people the directory does not know', () => {
    const attempt = () => assertKnownPeople(namedPeople({ invitedPersonIds: ['a', 'b', 'c'] }), new Set(['a', 'c']));
    expect(attempt).toThrow(AppException);
    try {
      attempt();
    } catch (error) {
      expect((error as AppException).code).toBe('VALIDATION.UNKNOWN_PARTICIPANT');
      expect(((error as AppException).details as { fields: { path: string }[] }).fields.map((field) => field.path)).toEqual(['invitedPersonIds.1']);
    }
    expect(() => assertKnownPeople(namedPeople({ invitedPersonIds: ['a'] }), new Set(['a']))).not.toThrow();
  });
});
