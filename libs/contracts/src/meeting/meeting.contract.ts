import { z } from 'zod';
import { type DocumentDescriptor, documentDescriptorSchema } from '../common/document.contract.js';
import { idList, int, isoInstant, rowVersion, searchText, text } from '../common/primitives.js';
import { MEETING_KINDS, type MeetingKind } from './meeting-events.contract.js';

/** planned → noticed → documents_ready → held → minutes_recorded → outcomes_transferred → closed, or cancelled. */
export const MEETING_STATUSES = ['planned', 'noticed', 'documents_ready', 'held', 'minutes_recorded', 'outcomes_transferred', 'closed', 'cancelled'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/** The steps of a meeting's life, as `POST /api/v1/meetings/{id}/{action}`. */
export const MEETING_ACTIONS = ['notice', 'provide-documents', 'hold', 'record-minutes', 'transfer-outcomes', 'close', 'cancel'] as const;
export type MeetingAction = (typeof MEETING_ACTIONS)[number];

/** Where a meeting came from: an item of the published plan, or added by office or UFWD. */
export const MEETING_ORIGINS = ['plan', 'added'] as const;
export type MeetingOrigin = (typeof MEETING_ORIGINS)[number];

/** Spoken at the meeting, or handed in in writing (书面意见). */
export const OPINION_FORMS = ['spoken', 'written'] as const;
export type OpinionForm = (typeof OPINION_FORMS)[number];

/** What an invited party has to do for a meeting (its view in the console). */
export const MEETING_PARTY_TODOS = ['read', 'prepare', 'approve'] as const;
export type MeetingPartyTodo = (typeof MEETING_PARTY_TODOS)[number];

const title = text.trim().min(1).max(300);
const name = text.trim().min(1).max(200);
const reason = text.trim().min(1).max(2000);

/** A nominee of a personnel consultation (人事协商): seen only by its invitees and organisers. */
export const nomineeSchema = z.strictObject({ name, position: text.trim().min(1).max(300) });
export type Nominee = z.infer<typeof nomineeSchema>;

const meetingFields = {
  type: z.enum(MEETING_KINDS),
  title,
  chairName: name.nullish(),
  startsAt: isoInstant.nullish(),
  place: text.trim().max(300).nullish(),
  leadOrgUnitId: z.uuid(),
  invitedOrgUnitIds: z.array(z.uuid()).max(100).default([]),
  invitedPersonIds: z.array(z.uuid()).max(200).default([]),
  nominees: z.array(nomineeSchema).max(100).default([]),
};

export const createMeetingSchema = z.strictObject(meetingFields);
export type CreateMeetingInput = z.infer<typeof createMeetingSchema>;
export const createMeetingCommandSchema = createMeetingSchema;

/** Everything but the type can change until the meeting is held; after the notice, a move is told again. */
export const updateMeetingSchema = z.strictObject({
  title,
  chairName: name.nullish(),
  startsAt: isoInstant.nullish(),
  place: text.trim().max(300).nullish(),
  leadOrgUnitId: z.uuid(),
  invitedOrgUnitIds: z.array(z.uuid()).max(100).default([]),
  invitedPersonIds: z.array(z.uuid()).max(200).default([]),
  nominees: z.array(nomineeSchema).max(100).default([]),
  /** Why a noticed meeting moves; told to everyone invited. */
  reason: reason.optional(),
  version: rowVersion,
});
export const updateMeetingCommandSchema = updateMeetingSchema.extend({ id: z.uuid() });

/** A notice or documents later than the lead time need `lateReason`. */
export const lateStepSchema = z.strictObject({ lateReason: reason.optional() });
export const lateStepCommandSchema = lateStepSchema.extend({ id: z.uuid() });

export const attendeeSchema = z.strictObject({
  orgUnitId: z.uuid().nullish(),
  personId: z.uuid().nullish(),
  name,
});
export type Attendee = z.infer<typeof attendeeSchema>;

export const holdMeetingSchema = z.strictObject({ attendance: z.array(attendeeSchema).min(1).max(300) });
export const holdMeetingCommandSchema = holdMeetingSchema.extend({ id: z.uuid() });

/** A stored file, as the gateway's document storage describes it: the service keeps only this. */
export type StoredFile = DocumentDescriptor;

export const recordMinutesSchema = z.strictObject({ text: text.trim().min(1).max(50_000) });
export const recordMinutesCommandSchema = recordMinutesSchema.extend({ id: z.uuid() });

export const cancelMeetingSchema = z.strictObject({ reason });
export const cancelMeetingCommandSchema = cancelMeetingSchema.extend({ id: z.uuid() });

export const meetingRefSchema = z.strictObject({ id: z.uuid() });

export const draftPreparedOpinionSchema = z.strictObject({ text: text.trim().min(1).max(20_000) });
export const draftPreparedOpinionCommandSchema = draftPreparedOpinionSchema.extend({ id: z.uuid() });
export const preparedOpinionRefSchema = z.strictObject({ id: z.uuid(), preparedOpinionId: z.uuid() });

export const recordOpinionSchema = z.strictObject({
  /** The party branch it came from; a party user always speaks for their own. */
  partyOrgUnitId: z.uuid().nullish(),
  raisedByPersonId: z.uuid().nullish(),
  raisedByName: name,
  text: text.trim().min(1).max(20_000),
  form: z.enum(OPINION_FORMS).default('spoken'),
  /** Put on the standing committee's agenda (提交常委会研究). */
  forAgenda: z.boolean().default(false),
  /** The party's approved prepared opinion it was raised from, if any. */
  preparedOpinionId: z.uuid().nullish(),
});
export const recordOpinionCommandSchema = recordOpinionSchema.extend({ id: z.uuid() });

/** Where an uploaded document goes: a new document of the meeting, or the next version of one (`documentId`). */
export const documentUploadQuerySchema = z.strictObject({ title: title.optional(), documentId: z.uuid().optional() });
export const addDocumentCommandSchema = documentUploadQuerySchema.extend({ id: z.uuid(), file: documentDescriptorSchema });
export const findDocumentSchema = z.strictObject({ id: z.uuid(), documentId: z.uuid(), version: int.min(1).optional() });
export const attachMinutesCommandSchema = z.strictObject({ id: z.uuid(), file: documentDescriptorSchema });

export const meetingListFilterSchema = z
  .object({
    type: z.enum(MEETING_KINDS).optional(),
    status: z.enum(MEETING_STATUSES).optional(),
    year: int.min(2000).max(2999).optional(),
    planItemId: z.uuid().optional(),
    late: z.boolean().optional(),
    /** A party's view: meetings whose documents it has still to read, whose opinion it may prepare, or whose drafts wait for its leader. */
    todo: z.enum(MEETING_PARTY_TODOS).optional(),
    q: searchText.optional(),
    id: idList.optional(),
  })
  .strict();
export const MEETING_SORT_FIELDS = ['startsAt', 'plannedDate', 'title', 'type', 'status', 'createdAt'] as const;

export const meetingFiguresQuerySchema = z.strictObject({ year: int.min(2000).max(2999) });

export interface MeetingStepView {
  step: string;
  actorName: string;
  at: string;
  reason: string | null;
}

export interface MeetingReadingView {
  orgUnitId: string;
  personName: string;
  at: string;
}

export interface PreparedOpinionView {
  id: string;
  orgUnitId: string;
  text: string;
  status: 'draft' | 'approved';
  draftedByName: string;
  approvedByName: string | null;
  approvedAt: string | null;
}

export interface MeetingOpinionView {
  id: string;
  partyOrgUnitId: string | null;
  raisedByPersonId: string | null;
  raisedByName: string;
  text: string;
  form: OpinionForm;
  forAgenda: boolean;
  preparedOpinionId: string | null;
  recordedByName: string;
  raisedAt: string;
  transferredAt: string | null;
}

export interface MeetingDocumentView {
  id: string;
  title: string;
  version: number;
  fileName: string;
  mediaType: string;
  size: number;
  sha256: string;
  uploadedByName: string;
  uploadedAt: string;
}

export interface MeetingView {
  id: string;
  type: MeetingKind;
  title: string;
  origin: MeetingOrigin;
  planId: string | null;
  planItemId: string | null;
  plannedDate: string | null;
  plannedMonth: number | null;
  year: number;
  chairName: string | null;
  startsAt: string | null;
  place: string | null;
  leadOrgUnitId: string | null;
  organiserOrgUnitId: string | null;
  invitedOrgUnitIds: string[];
  invitedPersonIds: string[];
  status: MeetingStatus;
  cancelReason: string | null;
  lateNotice: boolean;
  lateNoticeReason: string | null;
  lateDocuments: boolean;
  lateDocumentsReason: string | null;
  /** A revision of the plan that would move or cancel a meeting already noticed, waiting for the organiser. */
  planChange: { revision: number; reason: string; plannedDate: string | null; plannedMonth: number | null; cancelled: boolean } | null;
  /** Only for a personnel consultation's invitees and organisers; null for everyone else, and in lists. */
  nominees: Nominee[] | null;
  confidential: boolean;
  attendance: Attendee[];
  /** Minutes: for a personnel consultation, only its invitees and organisers read them. */
  minutes: { text: string | null; attachment: Omit<StoredFile, 'storageKey'> | null; recordedByName: string | null; recordedAt: string | null } | null;
  steps: MeetingStepView[];
  readings: MeetingReadingView[];
  preparedOpinions: PreparedOpinionView[];
  opinions: MeetingOpinionView[];
  documents: MeetingDocumentView[];
  /** What the caller may do now. */
  actions: string[];
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** A year's meetings by type and state, and how many steps were late. */
export interface MeetingFiguresView {
  year: number;
  byType: Record<MeetingKind, { planned: number; held: number; cancelled: number }>;
  lateNotices: number;
  lateDocuments: number;
  total: number;
}

/** An opinion marked for the standing committee's agenda, listed for the office. */
export interface AgendaOutcomeView {
  opinionId: string;
  meetingId: string;
  meetingTitle: string;
  partyOrgUnitId: string | null;
  raisedByName: string;
  text: string;
  raisedAt: string;
}

export const agendaOutcomesQuerySchema = z.object({ year: int.min(2000).max(2999).optional() });
