import { z } from 'zod';
import { deadlineFiredSchema } from '../common/deadline.contract.js';
import { isoInstant, text } from '../common/primitives.js';
import { MATERIAL_KINDS } from './material.contract.js';
import { SUBMISSION_KINDS } from './submission.contract.js';

const name = text.min(1).max(200);

/** `evt.written.solicitation.sent.v1`: the branches addressed and their deadline. */
export const solicitationSentPayloadSchema = z.object({
  solicitationId: z.uuid(),
  title: name,
  recipientOrgUnitIds: z.array(z.uuid()).min(1),
  replyDeadline: isoInstant,
});
export type SolicitationSentPayload = z.infer<typeof solicitationSentPayloadSchema>;

/** `evt.written.material.sent.v1`: what was sent and to whom (never its body). */
export const materialSentPayloadSchema = z.object({
  materialId: z.uuid(),
  kind: z.enum(MATERIAL_KINDS),
  title: name,
  recipientOrgUnitIds: z.array(z.uuid()).min(1),
});
export type MaterialSentPayload = z.infer<typeof materialSentPayloadSchema>;

/**
 * `evt.written.reply.submitted.v1`: which branch answered which solicitation, and who sent the
 * solicitation (its unit is the one told); a reply is never confidential and carries no comment.
 */
export const replySubmittedPayloadSchema = z.object({
  replyId: z.uuid(),
  solicitationId: z.uuid(),
  title: name,
  orgUnitId: z.uuid(),
  orgUnitName: name,
  /** A supplement to a reply already submitted. */
  supplement: z.boolean(),
  /** Submitted after the reply deadline. */
  late: z.boolean(),
  /** The person who composed the solicitation; null when no person did. */
  solicitedByPersonId: z.uuid().nullable(),
});
export type ReplySubmittedPayload = z.infer<typeof replySubmittedPayloadSchema>;

/** `evt.written.submission.escalated.v1`, in the district's tenant: everything the city's record needs. */
export const submissionEscalatedPayloadSchema = z.object({
  submissionId: z.uuid(),
  kind: z.enum(SUBMISSION_KINDS),
  title: name,
  body: text.min(1).max(50_000),
  recommendations: z.array(text.min(1).max(5000)),
  originOrgUnitName: name,
  authorName: name,
  escalatedByName: name,
  escalationNote: text.max(2000),
  escalatedAt: isoInstant,
});
export type SubmissionEscalatedPayload = z.infer<typeof submissionEscalatedPayloadSchema>;

/** `evt.written.escalation.decided.v1`, in the city's tenant: the answer that goes back to the district. */
export const escalationDecidedPayloadSchema = z.object({
  escalationId: z.uuid(),
  originTenantId: text.min(2).max(63),
  originSubmissionId: z.uuid(),
  decision: z.enum(['accepted', 'returned']),
  note: text.min(1).max(2000),
  decidedByName: name,
  decidedAt: isoInstant,
});
export type EscalationDecidedPayload = z.infer<typeof escalationDecidedPayloadSchema>;

/** `evt.written.deadline.reply-reminder.v1` / `reply-due.v1`: addressed to the branches still silent. */
export const replyDeadlinePayloadSchema = deadlineFiredSchema(z.uuid(), z.object({ solicitationId: z.uuid(), title: name, replyDeadline: isoInstant }));
export type ReplyDeadlinePayload = z.infer<typeof replyDeadlinePayloadSchema>;
