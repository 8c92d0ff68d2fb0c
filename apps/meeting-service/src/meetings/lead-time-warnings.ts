import type { EntityManager } from 'typeorm';
import { cancelDeadlines, scheduleDeadline } from '@xieshang/platform-deadlines';
import { DEADLINES } from '../meeting.constants.js';
import type { LeadDays } from '../settings/meeting-settings.js';
import { leadWarningAt } from './meeting.rules.js';
import type { MeetingEntity } from './meeting.entity.js';

export const NOTICE_DUE = 'notice-due';
export const DOCUMENTS_DUE = 'documents-due';

/** The record every deadline of a meeting names. */
export const meetingReference = (meeting: { id: string }): string => `meeting/${meeting.id}`;

/**
 * Warns the organiser a day before each lead time runs out (`evt.meeting.deadline.notice-due.v1`,
 * `…documents-due.v1`): the notice while the meeting is planned, the documents until they are
 * provided. Moving the meeting moves them; a step taken, or a time already past, cancels them.
 */
export const scheduleLeadWarnings = async (manager: EntityManager, meeting: MeetingEntity, lead: LeadDays, now: Date): Promise<void> => {
  const recipients = [meeting.organiserOrgUnitId ?? meeting.leadOrgUnitId].filter((id) => id !== null);
  const payload = { meetingId: meeting.id, title: meeting.title, startsAt: meeting.startsAt?.toISOString() ?? null, confidential: meeting.type === 'personnel' };
  const pending: Array<[string, number, boolean]> = [
    [NOTICE_DUE, lead.notice, meeting.status === 'planned'],
    [DOCUMENTS_DUE, lead.documents, meeting.status === 'planned' || meeting.status === 'noticed'],
  ];
  for (const [kind, days, stillDue] of pending) {
    const dueAt = meeting.startsAt && stillDue ? leadWarningAt(meeting.startsAt, days, now) : null;
    if (dueAt) await scheduleDeadline(manager, { kind, reference: meetingReference(meeting), dueAt, recipients, payload }, DEADLINES);
    else await cancelDeadlines(manager, { reference: meetingReference(meeting), kind }, DEADLINES, now);
  }
};

/** Cancels every pending deadline of the meeting: its lead-time warnings and its invitees' reminder. */
export const cancelMeetingDeadlines = (manager: EntityManager, meeting: MeetingEntity, now: Date): Promise<number> =>
  cancelDeadlines(manager, { reference: meetingReference(meeting) }, DEADLINES, now);
