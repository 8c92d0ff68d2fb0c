import { CommonErrorCode, type MeetingAction, MeetingErrorCode, type MeetingStatus } from '@xieshang/contracts';
import { daysBefore, localDateTimeOf } from '@xieshang/platform-deadlines';
import { AppException } from '@xieshang/platform-errors';
import { isOrganiser, isOrganiserRole, type MeetingParties, type Viewer } from './meeting-access.rules.js';

const DAY_MS = 86_400_000;

interface Step {
  from: readonly MeetingStatus[];
  to: MeetingStatus;
  /** `organiser`: office and UFWD; `lead`: they or anyone of the lead unit (who records the minutes). */
  by: 'organiser' | 'lead';
}

/** The life of a meeting (DOMAIN.md §2): each action, the states it starts from, where it leads, and who takes it. */
export const MEETING_STEPS: Readonly<Record<MeetingAction, Step>> = {
  notice: { from: ['planned'], to: 'noticed', by: 'organiser' },
  'provide-documents': { from: ['noticed'], to: 'documents_ready', by: 'organiser' },
  hold: { from: ['documents_ready'], to: 'held', by: 'organiser' },
  'record-minutes': { from: ['held'], to: 'minutes_recorded', by: 'lead' },
  // Called again after opinions recorded late, it sends only those not yet sent.
  'transfer-outcomes': { from: ['minutes_recorded', 'outcomes_transferred'], to: 'outcomes_transferred', by: 'organiser' },
  close: { from: ['outcomes_transferred'], to: 'closed', by: 'organiser' },
  cancel: { from: ['planned', 'noticed', 'documents_ready'], to: 'cancelled', by: 'organiser' },
};

const mayTake = (viewer: Viewer, meeting: MeetingParties, step: Step): boolean =>
  step.by === 'organiser' ? isOrganiserRole(viewer) : isOrganiser(viewer, meeting);

/** The next state of `action`, or 403 for the wrong role and 409 for the wrong state. */
export const assertMeetingAction = (viewer: Viewer, meeting: MeetingParties & { status: MeetingStatus }, action: MeetingAction): MeetingStatus => {
  const step = MEETING_STEPS[action];
  if (!mayTake(viewer, meeting, step)) throw new AppException(CommonErrorCode.Forbidden, `Only the meeting's organisers may ${action} it`);
  if (!step.from.includes(meeting.status)) {
    throw new AppException(MeetingErrorCode.NotInState, `A ${meeting.status} meeting cannot be ${action}`, { status: meeting.status, action });
  }
  return step.to;
};

/** The actions the viewer may take now, for the console's buttons. */
export const allowedActions = (viewer: Viewer, meeting: MeetingParties & { status: MeetingStatus }): MeetingAction[] =>
  (Object.keys(MEETING_STEPS) as MeetingAction[]).filter((action) => {
    const step = MEETING_STEPS[action];
    return step.from.includes(meeting.status) && mayTake(viewer, meeting, step);
  });

/** Until held, a meeting's day, place and invitees can still change. */
export const EDITABLE_STATES: readonly MeetingStatus[] = ['planned', 'noticed', 'documents_ready'];

/** Whole and part days from now until the meeting. */
export const daysAhead = (startsAt: Date, now: Date): number => (startsAt.getTime() - now.getTime()) / DAY_MS;

/** A step is late when fewer than `leadDays` days are left before the meeting (§4.1.2). */
export const isLate = (startsAt: Date, now: Date, leadDays: number): boolean => daysAhead(startsAt, now) < leadDays;

/**
 * A late step needs its reason (422 naming `lateReason`); an on-time step keeps none. Returns the
 * reason to record on the meeting, or null.
 */
export const lateReasonFor = (late: boolean, reason: string | undefined, what: 'notice' | 'documents', leadDays: number): string | null => {
  if (!late) return null;
  if (!reason) {
    throw new AppException(MeetingErrorCode.LateReasonRequired, `The ${what} goes out fewer than ${leadDays} days before the meeting: give lateReason`, {
      fields: [{ path: 'lateReason', message: `required when the ${what} is sent fewer than ${leadDays} days before the meeting` }],
      leadDays,
    });
  }
  return reason;
};

/** A meeting is set for a time still to come (422 naming `startsAt`). */
export const assertStartsAhead = (startsAt: Date | null, now: Date): void => {
  if (startsAt && startsAt.getTime() <= now.getTime()) {
    throw new AppException(MeetingErrorCode.StartsInPast, 'The meeting would start in the past', {
      fields: [{ path: 'startsAt', message: 'must be a time still to come' }],
    });
  }
};

/** Only a personnel consultation names nominees (422 naming `nominees`). */
export const assertNominees = (type: string, nominees: readonly unknown[]): void => {
  if (type !== 'personnel' && nominees.length > 0) {
    throw new AppException(MeetingErrorCode.NomineesOnlyForPersonnel, 'Only a personnel consultation names nominees', {
      fields: [{ path: 'nominees', message: 'only for a personnel consultation' }],
    });
  }
};

/** A notice needs its day, time and place (409 naming what is missing). */
export const assertSchedule = (meeting: { startsAt: Date | null; place: string | null }): Date => {
  const missing = [...(meeting.startsAt ? [] : ['startsAt']), ...(meeting.place ? [] : ['place'])];
  if (missing.length > 0 || !meeting.startsAt) {
    throw new AppException(MeetingErrorCode.ScheduleIncomplete, `The meeting needs ${missing.join(' and ')} before its notice`, {
      fields: missing.map((path) => ({ path, message: 'required before the notice' })),
    });
  }
  return meeting.startsAt;
};

/**
 * When the organiser is warned that a lead time runs out: a day before its last day, or never
 * when that moment has passed already.
 */
export const leadWarningAt = (startsAt: Date, leadDays: number, now: Date): Date | null => {
  const at = new Date(startsAt.getTime() - (leadDays + 1) * DAY_MS);
  return at.getTime() > now.getTime() ? at : null;
};

/** The meetings whose invitees are reminded: noticed, until held or cancelled. */
const REMINDED_STATES: readonly MeetingStatus[] = ['noticed', 'documents_ready'];

/**
 * When the invitees are reminded: a day before the meeting starts on the district's clock
 * (`zone`), from its notice until it is held; never for a moment already past.
 */
export const reminderAt = (meeting: { startsAt: Date | null; status: MeetingStatus }, zone: string, now: Date): Date | null => {
  if (!meeting.startsAt || !REMINDED_STATES.includes(meeting.status)) return null;
  const at = daysBefore(meeting.startsAt, 1, zone);
  return at.getTime() > now.getTime() ? at : null;
};

/** The year a meeting counts in: its day on the district's clock (`zone`), else its plan's. */
export const meetingYear = (startsAt: Date | null, plannedDate: string | null, fallback: number, zone: string): number =>
  startsAt ? localDateTimeOf(startsAt, zone).year : plannedDate ? Number(plannedDate.slice(0, 4)) : fallback;

/** Org units named by a meeting that the directory must know, each with its field path. */
export const namedOrgUnits = (input: { leadOrgUnitId: string; invitedOrgUnitIds: readonly string[] }): { id: string; path: string }[] => [
  { id: input.leadOrgUnitId, path: 'leadOrgUnitId' },
  ...input.invitedOrgUnitIds.map((id, index) => ({ id, path: `invitedOrgUnitIds.${index}` })),
];

/** The people a meeting invites by name, each with its field. */
export const namedPeople = (input: { invitedPersonIds?: readonly string[] | null }): { id: string; path: string }[] =>
  (input.invitedPersonIds ?? []).map((id, index) => ({ id, path: `invitedPersonIds.${index}` }));

/** Refuses, naming each field, the invited people who are not people of this district (another tenant's, or none). */
export const assertKnownPeople = (named: readonly { id: string; path: string }[], known: ReadonlySet<string>): void => {
  const unknown = named.filter((person) => !known.has(person.id));
  if (unknown.length > 0) {
    throw new AppException(MeetingErrorCode.UnknownParticipant, 'Some invited people are not people of this district', {
      fields: unknown.map((person) => ({ path: person.path, message: `no person ${person.id} in this district` })),
    });
  }
};

/** Refuses, naming each field, the participants that are not org units of this district (another tenant's, or none). */
export const assertKnownParticipants = (named: readonly { id: string; path: string }[], known: ReadonlySet<string>): void => {
  const unknown = named.filter((unit) => !known.has(unit.id));
  if (unknown.length > 0) {
    throw new AppException(MeetingErrorCode.UnknownParticipant, 'Some participants are not org units of this district', {
      fields: unknown.map((unit) => ({ path: unit.path, message: `no org unit ${unit.id} in this district` })),
    });
  }
};

