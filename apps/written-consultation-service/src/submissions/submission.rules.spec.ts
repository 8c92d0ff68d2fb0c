import type { AppException } from '@xieshang/platform-errors';
import { assertEscalatable, assertReviewGiven, assertSubmissionStep, isCollective } from './submission.rules.js';

const codeOf = (work: () => void): string | undefined => {
  try {
    work();
    return undefined;
  } catch (error) {
    return (error as AppException).code;
  }
};

describe('submission rules', () => {
  it('speaks for the branch unless it is advice in one’s own name', () => {
    expect(isCollective('research_report')).toBe(true);
    expect(isCollective('proposal')).toBe(true);
    expect(isCollective('personal_advice')).toBe(false);
  });

  it('needs the review’s form and day for a collective submission only', () => {
    expect(codeOf(() => assertReviewGiven(true, {}))).toBe('VALIDATION.INVALID_INPUT');
    expect(codeOf(() => assertReviewGiven(true, { reviewForm: 'committee_review', reviewedOn: '2027-03-01' }))).toBeUndefined();
    expect(codeOf(() => assertReviewGiven(false, {}))).toBeUndefined();
  });

  it('forwards what was submitted and raises a research report to the city once', () => {
    expect(codeOf(() => assertSubmissionStep('draft', 'forward'))).toBe('WRITTEN.SUBMISSION_NOT_IN_STATE');
    expect(codeOf(() => assertSubmissionStep('forwarded', 'escalate'))).toBeUndefined();
    expect(codeOf(() => assertEscalatable('proposal', null))).toBe('WRITTEN.NOT_ESCALATABLE');
    expect(codeOf(() => assertEscalatable('research_report', new Date()))).toBe('WRITTEN.NOT_ESCALATABLE');
    expect(codeOf(() => assertEscalatable('research_report', null))).toBeUndefined();
  });
});
