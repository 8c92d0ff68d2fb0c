import { z } from 'zod';
import { idList, isoDay, rowVersion, text } from '../common/primitives.js';

/**
 * A branch's reply (回复意见): drafted by its members, approved by its leader at the branch's own
 * review (主委办公会 or 委员会审定) and submitted by that approval; once submitted it never
 * changes, and only a supplement (补充意见) may follow it.
 */
export const REPLY_STATUSES = ['draft', 'awaiting_leader', 'submitted'] as const;
export type ReplyStatus = (typeof REPLY_STATUSES)[number];

/** The branch's review that approved the reply: 主委办公会 or 委员会审定. */
export const REVIEW_FORMS = ['chair_office_meeting', 'committee_review'] as const;
export type ReviewForm = (typeof REVIEW_FORMS)[number];

export const replyCommentSchema = z.strictObject({
  /** The section's key, or null for a comment on the document as a whole. */
  sectionKey: text.trim().min(1).max(40).nullable(),
  text: text.trim().min(1).max(20_000),
});

const replyBody = {
  /** 无意见: the branch read the document and has nothing to add. */
  noComment: z.boolean().default(false),
  comments: z.array(replyCommentSchema).max(200).default([]),
};

export const createReplySchema = z.strictObject({
  solicitationId: z.uuid(),
  /** A supplement to the branch's submitted reply; the first reply names none. */
  supplementTo: z.uuid().nullable().default(null),
  ...replyBody,
});
export const updateReplySchema = z.strictObject({ ...replyBody, version: rowVersion });
export const returnReplySchema = z.strictObject({ note: text.trim().min(1).max(2000) });
export const submitReplySchema = z.strictObject({ reviewForm: z.enum(REVIEW_FORMS), reviewedOn: isoDay });

const id = { id: z.uuid() };
export const createReplyCommandSchema = createReplySchema;
export const updateReplyCommandSchema = updateReplySchema.extend(id);
export const replyRefSchema = z.strictObject(id);
export const returnReplyCommandSchema = returnReplySchema.extend(id);
export const submitReplyCommandSchema = submitReplySchema.extend(id);

export const replyListFilterSchema = z
  .object({
    solicitationId: z.uuid().optional(),
    orgUnitId: z.uuid().optional(),
    status: z.enum(REPLY_STATUSES).optional(),
    id: idList.optional(),
  })
  .strict();
export const REPLY_SORT_FIELDS = ['createdAt', 'submittedAt', 'status'] as const;

export interface ReplyCommentView {
  /** Given when the reply is submitted: the opinion's id downstream. */
  opinionId: string | null;
  sectionKey: string | null;
  text: string;
}

export interface ReplyView {
  id: string;
  solicitationId: string;
  orgUnitId: string;
  orgUnitName: string;
  supplementTo: string | null;
  status: ReplyStatus;
  noComment: boolean;
  comments: ReplyCommentView[];
  authorId: string | null;
  authorName: string;
  leaderNote: string | null;
  reviewForm: ReviewForm | null;
  reviewedOn: string | null;
  approvedBy: string | null;
  approvedByName: string | null;
  submittedAt: string | null;
  late: boolean;
  createdAt: string;
  updatedAt: string;
  version: number;
}
