import { z } from 'zod';
import { eventSubject } from '../common/event-envelope.js';
import { deadlineFiredSchema } from '../common/deadline.contract.js';
import { isoInstant, text } from '../common/primitives.js';
import { MEETING_TYPES } from '../planning/plan-item.contract.js';

/**
 * The meeting events other services read to tell people (notification-service) and to count
 * (the dashboard). Each names its audience, so a reader needs nothing else to decide who may know:
 * a personnel consultation's events are `confidential` and reach only that audience, and carry no
 * nominee (DOMAIN.md "People and roles").
 */
export const MeetingEvent = {
  Noticed: eventSubject('meeting', 'meeting', 'noticed'),
  DocumentsAvailable: eventSubject('meeting', 'meeting', 'documents-available'),
  Rescheduled: eventSubject('meeting', 'meeting', 'rescheduled'),
  Cancelled: eventSubject('meeting', 'meeting', 'cancelled'),
  Held: eventSubject('meeting', 'meeting', 'held'),
} as const;

/**
 * Every kind of meeting meeting-service holds: the plan's four consultation types, and the joint
 * meeting of §5.1 (联席会议), which does not count toward the yearly minimums.
 */
export const MEETING_KINDS = [...MEETING_TYPES, 'joint'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

/** Who takes part in a consultation record: the invited org units and people, and its organisers. */
export const audienceSchema = z.object({
  orgUnitIds: z.array(z.uuid()),
  personIds: z.array(z.uuid()),
  organiserOrgUnitIds: z.array(z.uuid()),
  confidential: z.boolean(),
});
export type Audience = z.infer<typeof audienceSchema>;

/** Every meeting event: which meeting, what it is, when and where, and who is in it. */
export const meetingEventPayloadSchema = z.object({
  meetingId: z.uuid(),
  /** For a personnel consultation, the title names no nominee. */
  title: text.trim().min(1).max(300),
  type: z.enum(MEETING_KINDS),
  startsAt: isoInstant,
  place: text.max(300),
  audience: audienceSchema,
  /** The reason of a cancellation, a late notice or late documents; null otherwise. */
  reason: text.max(2000).nullable(),
});
export type MeetingEventPayload = z.infer<typeof meetingEventPayloadSchema>;

/**
 * The deadlines a meeting sets: the lead-time warnings, a day before its notice or documents are
 * late, and the reminder to its invitees a day before it starts.
 */
export const MeetingDeadline = {
  NoticeDue: eventSubject('meeting', 'deadline', 'notice-due'),
  DocumentsDue: eventSubject('meeting', 'deadline', 'documents-due'),
  Reminder: eventSubject('meeting', 'deadline', 'meeting-reminder'),
} as const;

/** A lead-time warning: to the organising unit; a personnel consultation's stays `confidential`. */
export const meetingDeadlinePayloadSchema = deadlineFiredSchema(
  z.uuid(),
  z.object({ meetingId: z.uuid(), title: text.trim().min(1).max(300), startsAt: isoInstant.nullable(), confidential: z.boolean() }),
);
export type MeetingDeadlinePayload = z.infer<typeof meetingDeadlinePayloadSchema>;

/**
 * `evt.meeting.deadline.meeting-reminder.v1`: addressed to the invited org units; its payload is
 * the meeting as its events name it, audience included, so a personnel consultation's reminder
 * stays `confidential` and reaches its invited units and people only.
 */
export const meetingReminderPayloadSchema = deadlineFiredSchema(z.uuid(), meetingEventPayloadSchema);
export type MeetingReminderPayload = z.infer<typeof meetingReminderPayloadSchema>;
