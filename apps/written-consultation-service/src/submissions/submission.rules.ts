import { CommonErrorCode, type SubmissionKind, type SubmissionStatus, WrittenErrorCode } from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';

type Step = 'update' | 'request-approval' | 'submit' | 'forward' | 'escalate';

const ALLOWED_FROM: Record<Step, readonly SubmissionStatus[]> = {
  update: ['draft', 'awaiting_leader'],
  'request-approval': ['draft'],
  submit: ['draft', 'awaiting_leader'],
  forward: ['submitted'],
  escalate: ['submitted', 'forwarded'],
};

export const assertSubmissionStep = (status: SubmissionStatus, step: Step): void => {
  if (!ALLOWED_FROM[step].includes(status)) {
    throw new AppException(WrittenErrorCode.SubmissionNotInState, `A ${status} submission cannot ${step}`, { status, allowedFrom: [...ALLOWED_FROM[step]] });
  }
};

/** Advice in one's own name (个人名义) is the author's; everything else speaks for the branch. */
export const isCollective = (kind: SubmissionKind): boolean => kind !== 'personal_advice';

/** A collective submission leaves the branch only with its review's form and date. */
export const assertReviewGiven = (collective: boolean, review: { reviewForm?: string; reviewedOn?: string }): void => {
  if (!collective) return;
  const fields = [
    ...(review.reviewForm ? [] : [{ path: 'reviewForm', message: 'a collective submission names the review that approved it' }]),
    ...(review.reviewedOn ? [] : [{ path: 'reviewedOn', message: 'a collective submission names the day of its review' }]),
  ];
  if (fields.length > 0) throw new AppException(CommonErrorCode.InvalidInput, 'The branch’s review is missing', { fields });
};

/** Only a research report goes up to the city, and only once. */
export const assertEscalatable = (kind: SubmissionKind, escalatedAt: Date | null): void => {
  if (kind !== 'research_report') throw new AppException(WrittenErrorCode.NotEscalatable, 'Only a research report is raised to the city', { kind });
  if (escalatedAt) throw new AppException(WrittenErrorCode.NotEscalatable, 'The report was already raised to the city');
};
