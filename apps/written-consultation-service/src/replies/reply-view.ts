import type { ReplyView } from '@xieshang/contracts';
import type { ReplyEntity } from './reply.entity.js';

const iso = (value: Date | null): string | null => value?.toISOString() ?? null;

export const toReplyView = (reply: ReplyEntity, names: ReadonlyMap<string, string>): ReplyView => ({
  id: reply.id,
  solicitationId: reply.solicitationId,
  orgUnitId: reply.orgUnitId,
  orgUnitName: names.get(reply.orgUnitId) ?? reply.orgUnitId,
  supplementTo: reply.supplementTo,
  status: reply.status,
  noComment: reply.noComment,
  comments: reply.comments,
  authorId: reply.authorId,
  authorName: reply.authorName,
  leaderNote: reply.leaderNote,
  reviewForm: reply.reviewForm,
  reviewedOn: reply.reviewedOn,
  approvedBy: reply.approvedBy,
  approvedByName: reply.approvedByName,
  submittedAt: iso(reply.submittedAt),
  late: reply.late,
  createdAt: reply.createdAt.toISOString(),
  updatedAt: reply.updatedAt.toISOString(),
  version: reply.version,
});

export const replyRecord = (reply: ReplyEntity) => ({
  solicitationId: reply.solicitationId,
  orgUnitId: reply.orgUnitId,
  supplementTo: reply.supplementTo,
  status: reply.status,
  noComment: reply.noComment,
  comments: reply.comments,
  leaderNote: reply.leaderNote,
  reviewForm: reply.reviewForm,
  reviewedOn: reply.reviewedOn,
  approvedByName: reply.approvedByName,
  submittedAt: iso(reply.submittedAt),
  late: reply.late,
});
