import { z } from 'zod';
import { int } from '../common/primitives.js';
import { MEETING_TYPES } from './plan-item.contract.js';
import { REVISED_FIELDS } from './plan-revision.contract.js';

/**
 * The payloads planning publishes. The producer checks each before its outbox write and each
 * consumer parses it on arrival, with the same schema: a payload that breaks it never leaves.
 */
const name = z.string().min(1);
const orgUnitIds = z.array(z.uuid());
const year = int.min(2000).max(2999);

/** `evt.planning.plan.solicited.v1`: the party branches asked for topics, and by when. */
export const planSolicitedPayloadSchema = z.object({
  planId: z.uuid(),
  year,
  title: name,
  suggestionsDeadline: z.iso.date(),
  partyOrgUnitIds: orgUnitIds,
  solicitedBy: z.string().nullable(),
});
export type PlanSolicitedPayload = z.infer<typeof planSolicitedPayloadSchema>;

/** `evt.planning.plan.approved.v1` */
export const planApprovedPayloadSchema = z.object({
  planId: z.uuid(),
  year,
  title: name,
  approvedBy: z.string().nullable(),
  approvedByName: z.string(),
  approvedAt: name,
  decisionReference: name,
  belowMinimumReason: z.string().nullable(),
});
export type PlanApprovedPayload = z.infer<typeof planApprovedPayloadSchema>;

/**
 * A meeting item of the plan as it stands, so meeting-service can hold the meeting without asking
 * planning: its topic, type, planned day or month, lead unit and participants; `cancelled` once
 * the item is cancelled.
 */
export const plannedMeetingSchema = z.object({
  itemId: z.uuid(),
  topic: name,
  meetingType: z.enum(MEETING_TYPES),
  plannedDate: z.iso.date().nullable(),
  plannedMonth: int.min(1).max(12).nullable(),
  leadOrgUnitId: z.uuid().nullable(),
  participantOrgUnitIds: orgUnitIds,
  cancelled: z.boolean(),
});
export type PlannedMeeting = z.infer<typeof plannedMeetingSchema>;

/** `evt.planning.plan.published.v1`: the party branches (democratic parties, non-party, federation) to tell. */
export const planPublishedPayloadSchema = z.object({
  planId: z.uuid(),
  year,
  title: name,
  itemCount: int.min(0),
  partyOrgUnitIds: orgUnitIds,
  publishedBy: z.string().nullable(),
  publishedByName: z.string(),
  decisionReference: z.string().nullable(),
  /** Every meeting item of the plan (added later; older events have none). */
  meetingItems: z.array(plannedMeetingSchema).optional(),
});
export type PlanPublishedPayload = z.infer<typeof planPublishedPayloadSchema>;

const itemRef = z.object({ itemId: z.uuid(), topic: z.string() });
const revisionChanges = z.object({
  added: z.array(itemRef),
  changed: z.array(itemRef.extend({ fields: z.array(z.object({ field: z.enum(REVISED_FIELDS), before: z.unknown(), after: z.unknown() })) })),
  cancelled: z.array(itemRef),
  title: z.object({ before: z.string(), after: z.string() }).optional(),
});

/** `evt.planning.plan.revised.v1` */
export const planRevisedPayloadSchema = z.object({
  planId: z.uuid(),
  year,
  title: name,
  revision: int.min(1),
  reason: z.string(),
  changes: revisionChanges,
  partyOrgUnitIds: orgUnitIds,
  revisedBy: z.string().nullable(),
  /** Every meeting item of the plan after this revision (added later; older events have none). */
  meetingItems: z.array(plannedMeetingSchema).optional(),
});
export type PlanRevisedPayload = z.infer<typeof planRevisedPayloadSchema>;

/** `evt.planning.suggestion.decided.v1` */
export const suggestionDecidedPayloadSchema = z.object({
  suggestionId: z.uuid(),
  planId: z.uuid(),
  orgUnitId: z.uuid(),
  topic: name,
  decision: z.enum(['accepted', 'declined']),
  reason: z.string().nullable(),
  planItemId: z.uuid().nullable(),
});
export type SuggestionDecidedPayload = z.infer<typeof suggestionDecidedPayloadSchema>;
