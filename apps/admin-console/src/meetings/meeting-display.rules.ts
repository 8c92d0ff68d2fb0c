import type { MeetingView } from '@xieshang/contracts';
import { districtDateTime } from '../common/district-time.rules.js';

/** The day a meeting is shown by: its time when set (on the district's clock), else its planned day, else its planned month. */
export const meetingWhen = (meeting: Pick<MeetingView, 'startsAt' | 'plannedDate' | 'plannedMonth' | 'year'>, locale: string, zone: string): string => {
  if (meeting.startsAt) return districtDateTime(meeting.startsAt, locale, zone);
  if (meeting.plannedDate) return meeting.plannedDate;
  if (meeting.plannedMonth) return `${meeting.year}-${String(meeting.plannedMonth).padStart(2, '0')}`;
  return String(meeting.year);
};

/** Attendees as typed in the dialog, one per line, blank lines dropped. */
export const attendeesFromLines = (text: string): { name: string }[] =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((name) => ({ name }));

/** Whether the caller's own party still has to confirm its reading. */
export const mustConfirmReading = (meeting: Pick<MeetingView, 'status' | 'readings' | 'invitedOrgUnitIds'>, orgUnitId: string | null): boolean =>
  meeting.status === 'documents_ready' && orgUnitId !== null && meeting.invitedOrgUnitIds.includes(orgUnitId) && !meeting.readings.some((reading) => reading.orgUnitId === orgUnitId);

/** Opinions are prepared between the notice and the meeting. */
export const preparing = (meeting: Pick<MeetingView, 'status'>): boolean => meeting.status === 'noticed' || meeting.status === 'documents_ready';

/** Opinions are recorded once the meeting is held, until it is closed. */
export const recordingOpinions = (meeting: Pick<MeetingView, 'status'>): boolean =>
  meeting.status === 'held' || meeting.status === 'minutes_recorded' || meeting.status === 'outcomes_transferred';
