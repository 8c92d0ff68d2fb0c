import type { EntityManager } from 'typeorm';
import { type MeetingEventPayload, type TaskAssignee, type TaskOpenedPayload, taskSubjects } from '@xieshang/contracts';
import { recordEvent } from '@xieshang/platform-messaging';
import { type Caller, nameOf } from '@xieshang/platform-tenancy';
import { auditChange } from '../audit.js';
import { OUTBOX } from '../meeting.constants.js';
import type { Viewer } from './meeting-access.rules.js';
import { MeetingEntity, MeetingStepEntity } from './meeting.entity.js';
import { meetingRecord, toMeetingView } from './meeting-view.js';

export const MEETING_TASKS = taskSubjects('meeting');

/** Who takes part, as every meeting event names it; a personnel consultation's is confidential. */
export const audienceOf = (meeting: MeetingEntity): MeetingEventPayload['audience'] => ({
  orgUnitIds: [...meeting.invitedOrgUnitIds],
  personIds: [...meeting.invitedPersonIds],
  organiserOrgUnitIds: [...new Set([meeting.leadOrgUnitId, meeting.organiserOrgUnitId].filter((id): id is string => id !== null))],
  confidential: meeting.type === 'personnel',
});

/** What every meeting event says of the meeting: its title, time, place and audience, never a nominee. */
export const meetingEventPayload = (meeting: MeetingEntity, reason: string | null = null): MeetingEventPayload => ({
  meetingId: meeting.id,
  title: meeting.title,
  type: meeting.type,
  startsAt: (meeting.startsAt ?? new Date(`${meeting.plannedDate ?? `${meeting.year}-12-31`}T00:00:00Z`)).toISOString(),
  place: meeting.place ?? '',
  audience: audienceOf(meeting),
  reason,
});

export const recordMeetingEvent = (manager: EntityManager, subject: string, meeting: MeetingEntity, reason: string | null = null) =>
  recordEvent(manager, { subject, payload: meetingEventPayload(meeting, reason) }, OUTBOX);

/** One step on the meeting's timeline, by the caller (or the plan, for a system caller). */
export const recordStep = (manager: EntityManager, meeting: MeetingEntity, step: string, caller: Caller, reason: string | null = null, actorName?: string) =>
  manager.getRepository(MeetingStepEntity).insert({ meetingId: meeting.id, step, actorId: caller.personId, actorName: actorName ?? nameOf(caller), reason });

/** The organisers of a meeting, as a task's assignee: office and UFWD of its organising unit, else its lead unit. */
export const organiserAssignee = (meeting: MeetingEntity): TaskAssignee | null => {
  const orgUnitId = meeting.organiserOrgUnitId ?? meeting.leadOrgUnitId;
  return orgUnitId ? { orgUnitId, roles: ['office', 'ufwd'] } : null;
};

export const openTask = (manager: EntityManager, meeting: MeetingEntity, task: Omit<TaskOpenedPayload, 'record' | 'confidential'>) =>
  recordEvent(manager, { subject: MEETING_TASKS.opened, payload: { ...task, record: { resource: 'meetings', id: meeting.id }, confidential: meeting.type === 'personnel' } }, OUTBOX);

export const closeTask = (manager: EntityManager, taskKey: string) => recordEvent(manager, { subject: MEETING_TASKS.done, payload: { taskKey } }, OUTBOX);

/** Task keys: stable per meeting, action and (for a party's task) party. */
export const taskKey = (meeting: { id: string }, action: string, orgUnitId?: string): string => `meeting/${meeting.id}/${action}${orgUnitId ? `/${orgUnitId}` : ''}`;

/** The audit trail's copy of the meeting: its summary, without nominees or minutes text. */
export const auditMeeting = (manager: EntityManager, meeting: MeetingEntity, action: string, before: Record<string, unknown> | null, viewer: Viewer) =>
  auditChange(manager, 'meeting', meeting.id, action, before, meetingRecord(toMeetingView(meeting, viewer)));

export const snapshot = (meeting: MeetingEntity, viewer: Viewer): Record<string, unknown> => meetingRecord(toMeetingView(meeting, viewer));
