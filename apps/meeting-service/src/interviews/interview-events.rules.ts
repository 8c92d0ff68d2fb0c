import { localDay } from '@xieshang/platform-deadlines';
import type { InterviewEventPayload, OpinionRecordedPayload, TaskOpenedPayload } from '@xieshang/contracts';
import type { InterviewOpinionEntity } from './interview-opinion.entity.js';
import type { InterviewEntity } from './interview.entity.js';

/**
 * Who an interview concerns: the invited party, the CPC leader, and the units that arranged it.
 * Interviews are not confidential; the audience still bounds who is told.
 */
export const interviewEventPayload = (interview: InterviewEntity, reason: string | null = null): InterviewEventPayload => ({
  interviewId: interview.id,
  title: interview.subject,
  origin: interview.origin,
  status: interview.status,
  startsAt: interview.startsAt?.toISOString() ?? null,
  place: interview.place,
  audience: {
    orgUnitIds: [interview.partyOrgUnitId],
    personIds: interview.leaderPersonId ? [interview.leaderPersonId] : [],
    organiserOrgUnitIds: [...new Set(interview.organiserOrgUnitIds)],
    confidential: false,
  },
  reason,
});

/** The tasks (待办) an interview opens: arranging a request, preparing for an invitation, recording a held one. */
export const interviewTaskKey = (interviewId: string, action: 'schedule' | 'prepare' | 'record'): string => `interview:${interviewId}:${action}`;

const record = (interview: InterviewEntity) => ({ resource: 'interviews', id: interview.id });

/** A request waits for UFWD (or the office) of the district to arrange it. */
export const scheduleTask = (interview: InterviewEntity, arrangerOrgUnitId: string): TaskOpenedPayload => ({
  taskKey: interviewTaskKey(interview.id, 'schedule'),
  kind: 'interview.schedule',
  title: interview.subject,
  assignee: { orgUnitId: arrangerOrgUnitId, roles: ['ufwd', 'office'] },
  record: record(interview),
  dueOn: null,
  confidential: false,
});

/** An arranged interview: the party's leader prepares for it, by its day on the district's clock. */
export const prepareTask = (interview: InterviewEntity, zone: string): TaskOpenedPayload => ({
  taskKey: interviewTaskKey(interview.id, 'prepare'),
  kind: 'interview.prepare',
  title: interview.subject,
  assignee: { orgUnitId: interview.partyOrgUnitId, roles: ['party-leader'] },
  record: record(interview),
  dueOn: interview.startsAt ? localDay(interview.startsAt, zone) : null,
  confidential: false,
});

/** A held interview waits for whoever arranged it to record what was raised. */
export const recordTask = (interview: InterviewEntity, organiserPersonId: string): TaskOpenedPayload => ({
  taskKey: interviewTaskKey(interview.id, 'record'),
  kind: 'interview.record',
  title: interview.subject,
  assignee: { personId: organiserPersonId },
  record: record(interview),
  dueOn: null,
  confidential: false,
});

/** One opinion event per opinion raised; its id is the opinion's, so handling-feedback makes one case of it. */
export const opinionPayload = (interview: InterviewEntity, opinion: InterviewOpinionEntity): OpinionRecordedPayload => ({
  opinionId: opinion.id,
  source: { kind: 'interview', recordId: interview.id, title: interview.subject, section: null, draftingOrgUnitId: null },
  partyOrgUnitId: interview.partyOrgUnitId,
  raisedByPersonId: opinion.raisedByPersonId,
  raisedByName: opinion.raisedByName,
  text: opinion.text,
  suggestedTrack: opinion.suggestedTrack,
  raisedAt: opinion.raisedAt.toISOString(),
});
