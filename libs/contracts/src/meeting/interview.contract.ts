import { z } from 'zod';
import { eventSubject } from '../common/event-envelope.js';
import { documentDescriptorSchema } from '../common/document.contract.js';
import { OPINION_TRACKS, type OpinionTrack } from '../common/opinion.contract.js';
import { idList, int, isoInstant, searchText, text } from '../common/primitives.js';
import { audienceSchema } from './meeting-events.contract.js';

/**
 * An interview consultation (约谈协商, DOMAIN.md §3): a CPC leader invites a party's leaders
 * (`cpc`), or a party's leader asks to see a CPC leader through UFWD (`party`). Information goes
 * to the other side in advance; UFWD or the office arranges it.
 */
export const INTERVIEW_STATUSES = ['requested', 'scheduled', 'held', 'recorded', 'declined'] as const;
export type InterviewStatus = (typeof INTERVIEW_STATUSES)[number];

export const INTERVIEW_ORIGINS = ['cpc', 'party'] as const;
export type InterviewOrigin = (typeof INTERVIEW_ORIGINS)[number];

/** Request/reply subjects answered by meeting-service for interviews. */
export const InterviewSubject = {
  List: 'meeting.interview.list',
  Get: 'meeting.interview.get',
  Invite: 'meeting.interview.invite',
  Request: 'meeting.interview.request',
  Schedule: 'meeting.interview.schedule',
  Decline: 'meeting.interview.decline',
  Hold: 'meeting.interview.hold',
  Record: 'meeting.interview.record',
  /** The district's leaders an interview may be with, for UFWD's and the office's choice. */
  Leaders: 'meeting.interview.leaders',
  /** A document sent in advance with the information (the gateway stored its bytes). */
  AttachDocument: 'meeting.interview.attach-document',
  /** A document's descriptor, for the gateway to serve it to a caller who may see the interview. */
  GetDocument: 'meeting.interview.get-document',
} as const;

/** Events of an interview's life; each names its audience like a meeting's. */
export const InterviewEvent = {
  Requested: eventSubject('meeting', 'interview', 'requested'),
  Scheduled: eventSubject('meeting', 'interview', 'scheduled'),
  Declined: eventSubject('meeting', 'interview', 'declined'),
  Held: eventSubject('meeting', 'interview', 'held'),
  Recorded: eventSubject('meeting', 'interview', 'recorded'),
} as const;

export const InterviewErrorCode = {
  NotInState: 'INTERVIEW.NOT_IN_STATE',
  /** The party named is not an org unit of the caller's tenant. */
  UnknownOrgUnit: 'VALIDATION.UNKNOWN_ORG_UNIT',
  /** Interviews are held with parties (democratic parties, non-party people, the federation) only. */
  NotAParty: 'VALIDATION.ORG_UNIT_NOT_A_PARTY',
  /** The leader named is not a person of the tenant with the `leader` role. */
  UnknownLeader: 'VALIDATION.UNKNOWN_LEADER',
  /** An interview is arranged for a time still to come. */
  DateInPast: 'VALIDATION.DATE_IN_PAST',
} as const;

const subject = text.trim().min(1).max(200);
const prose = text.trim().min(1).max(20_000);
const reason = text.trim().min(1).max(2000);
const place = text.trim().min(1).max(300);
const personName = text.trim().min(1).max(100);
/** How long it is planned to last, in minutes: a quarter of an hour to a working day. */
const durationMinutes = int.min(15).max(480);

/** The time and place of an arranged interview. */
const arrangement = { startsAt: isoInstant, durationMinutes: durationMinutes.optional(), place };

/**
 * A CPC leader invites a party's leaders; UFWD or the office does it on a leader's behalf and names
 * the leader. With a time and place it is arranged at once, otherwise UFWD arranges it later.
 */
export const inviteInterviewSchema = z
  .strictObject({
    partyOrgUnitId: z.uuid(),
    subject,
    information: prose,
    leaderPersonId: z.uuid().optional(),
    startsAt: isoInstant.optional(),
    durationMinutes: durationMinutes.optional(),
    place: place.optional(),
  })
  .refine((body) => (body.startsAt === undefined) === (body.place === undefined), {
    path: ['place'],
    message: 'startsAt and place are given together',
  });

/** A party's leader asks to see a CPC leader, for their own party (the org unit of their token). */
export const requestInterviewSchema = z.strictObject({ subject, information: prose, preferredLeader: personName.optional() });

/** UFWD or the office arranges a requested interview, naming the leader if none is yet. */
export const scheduleInterviewSchema = z.strictObject({ ...arrangement, leaderPersonId: z.uuid().optional() });
export const declineInterviewSchema = z.strictObject({ reason });

/** One opinion raised at the interview (意见建议); it is handed to handling-feedback once. */
export const interviewOpinionInputSchema = z.strictObject({
  text: prose,
  raisedByName: personName,
  raisedByPersonId: z.uuid().optional(),
  suggestedTrack: z.enum(OPINION_TRACKS).optional(),
});
export const recordInterviewSchema = z.strictObject({ summary: prose, opinions: z.array(interviewOpinionInputSchema).max(100) });

const id = { id: z.uuid() };
export const interviewRefSchema = z.strictObject(id);
export const inviteInterviewCommandSchema = inviteInterviewSchema;
export const requestInterviewCommandSchema = requestInterviewSchema;
export const scheduleInterviewCommandSchema = scheduleInterviewSchema.extend(id);
export const declineInterviewCommandSchema = declineInterviewSchema.extend(id);
export const recordInterviewCommandSchema = recordInterviewSchema.extend(id);

/** A document attached to the information in advance, as the gateway stored it. */
export const attachInterviewDocumentCommandSchema = z.strictObject({ id: z.uuid(), document: documentDescriptorSchema });
export const interviewDocumentRefSchema = z.strictObject({ id: z.uuid(), documentId: z.uuid() });

export type InviteInterviewInput = z.infer<typeof inviteInterviewSchema>;
export type ScheduleInterviewInput = z.infer<typeof scheduleInterviewSchema>;
export type RecordInterviewInput = z.infer<typeof recordInterviewSchema>;

export const interviewListFilterSchema = z
  .object({
    status: z.enum(INTERVIEW_STATUSES).optional(),
    origin: z.enum(INTERVIEW_ORIGINS).optional(),
    partyOrgUnitId: z.uuid().optional(),
    q: searchText.optional(),
    id: idList.optional(),
  })
  .strict();
export const INTERVIEW_SORT_FIELDS = ['createdAt', 'startsAt', 'status', 'subject'] as const;

/** A CPC leader of the district, as UFWD chooses one for an interview. */
export interface InterviewLeaderView {
  id: string;
  displayName: string;
}

export interface InterviewOpinionView {
  id: string;
  text: string;
  raisedByName: string;
  raisedByPersonId: string | null;
  suggestedTrack: OpinionTrack;
  raisedAt: string;
}

/** A document sent in advance; fetched through `GET /interviews/{id}/documents/{documentId}`. */
export interface InterviewDocumentView {
  id: string;
  fileName: string;
  mediaType: string;
  size: number;
  uploadedByName: string;
  createdAt: string;
}

/** One step of the interview's life, for its timeline. */
export interface InterviewStepView {
  step: 'requested' | 'scheduled' | 'held' | 'recorded' | 'declined';
  at: string;
  byName: string | null;
}

/** An interview; in a list, `opinions` and `documents` are left empty (read one interview for them). */
export interface InterviewView {
  id: string;
  origin: InterviewOrigin;
  status: InterviewStatus;
  partyOrgUnitId: string;
  subject: string;
  /** What is sent to the other side in advance. */
  information: string;
  leaderPersonId: string | null;
  leaderName: string | null;
  /** Whom a party's leader asked to see, in their words. */
  preferredLeader: string | null;
  startsAt: string | null;
  endsAt: string | null;
  place: string | null;
  requestedByName: string;
  summary: string | null;
  declineReason: string | null;
  opinions: InterviewOpinionView[];
  /** Documents sent in advance with the information. */
  documents: InterviewDocumentView[];
  steps: InterviewStepView[];
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** Every interview event: which interview, what it is about, when and where, and who is in it. */
export const interviewEventPayloadSchema = z.object({
  interviewId: z.uuid(),
  title: subject,
  origin: z.enum(INTERVIEW_ORIGINS),
  status: z.enum(INTERVIEW_STATUSES),
  startsAt: isoInstant.nullable(),
  place: text.max(300).nullable(),
  audience: audienceSchema,
  /** The reason of a decline; null otherwise. */
  reason: text.max(2000).nullable(),
});
export type InterviewEventPayload = z.infer<typeof interviewEventPayloadSchema>;
