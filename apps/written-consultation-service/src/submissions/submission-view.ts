import type { SubmissionView } from '@xieshang/contracts';
import type { SubmissionEntity } from './submission.entity.js';

const iso = (value: Date | null): string | null => value?.toISOString() ?? null;

export const toSubmissionView = (submission: SubmissionEntity, names: ReadonlyMap<string, string>): SubmissionView => ({
  id: submission.id,
  kind: submission.kind,
  addressee: submission.addressee,
  title: submission.title,
  body: submission.body,
  recommendations: submission.recommendations,
  orgUnitId: submission.orgUnitId,
  orgUnitName: names.get(submission.orgUnitId) ?? submission.orgUnitId,
  collective: submission.collective,
  status: submission.status,
  authorId: submission.authorId,
  authorName: submission.authorName,
  reviewForm: submission.reviewForm,
  reviewedOn: submission.reviewedOn,
  approvedByName: submission.approvedByName,
  submittedAt: iso(submission.submittedAt),
  forwardedAt: iso(submission.forwardedAt),
  forwardedByName: submission.forwardedByName,
  forwardNote: submission.forwardNote,
  escalatedAt: iso(submission.escalatedAt),
  escalatedByName: submission.escalatedByName,
  cityDecision: submission.cityDecision,
  cityNote: submission.cityNote,
  cityDecidedAt: iso(submission.cityDecidedAt),
  createdAt: submission.createdAt.toISOString(),
  updatedAt: submission.updatedAt.toISOString(),
  version: submission.version,
});

/** The submission as the audit trail keeps it. */
export const submissionRecord = ({ createdAt: _c, updatedAt: _u, tenantId: _t, ...rest }: SubmissionEntity) => ({
  ...rest,
  submittedAt: iso(rest.submittedAt),
  forwardedAt: iso(rest.forwardedAt),
  escalatedAt: iso(rest.escalatedAt),
  cityDecidedAt: iso(rest.cityDecidedAt),
});
