import type { EntityManager } from 'typeorm';
import { cancelDeadlines, scheduleDeadline } from '@xieshang/platform-deadlines';
import { DEADLINES } from '../meeting.constants.js';
import { meetingReference } from './lead-time-warnings.js';
import { meetingEventPayload } from './meeting-records.js';
import { reminderAt } from './meeting.rules.js';
import type { MeetingEntity } from './meeting.entity.js';

export const MEETING_REMINDER = 'meeting-reminder';

const cancelMeetingReminder = (manager: EntityManager, meeting: MeetingEntity, now: Date): Promise<number> =>
  cancelDeadlines(manager, { reference: meetingReference(meeting), kind: MEETING_REMINDER }, DEADLINES, now);

/**
 * Reminds the invitees a day before the meeting (`evt.meeting.deadline.meeting-reminder.v1`),
 * carrying the meeting as its events name it: set with the notice, moved with the meeting's day
 * or invitees, cancelled when the meeting is held or cancelled, or when the day before has passed.
 */
export const scheduleMeetingReminder = async (manager: EntityManager, meeting: MeetingEntity, zone: string, now: Date): Promise<void> => {
  const dueAt = reminderAt(meeting, zone, now);
  if (!dueAt) {
    await cancelMeetingReminder(manager, meeting, now);
    return;
  }
  const payload = meetingEventPayload(meeting);
  await scheduleDeadline(manager, { kind: MEETING_REMINDER, reference: meetingReference(meeting), dueAt, recipients: payload.audience.orgUnitIds, payload }, DEADLINES);
};
