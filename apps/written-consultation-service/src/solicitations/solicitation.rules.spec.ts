import { AppException } from '@xieshang/platform-errors';
import { assertDeadlineAhead, assertSolicitationStep, assertTakesReplies, isLate, reminderAt, silentBranches } from './solicitation.rules.js';

const codeOf = (work: () => void): string | undefined => {
  try {
    work();
    return undefined;
  } catch (error) {
    return (error as AppException).code;
  }
};

describe('solicitation rules', () => {
  const deadline = new Date('2027-05-10T10:00:00+08:00');

  it('sends only a draft and closes only what was sent', () => {
    expect(codeOf(() => assertSolicitationStep('draft', 'send'))).toBeUndefined();
    expect(codeOf(() => assertSolicitationStep('sent', 'send'))).toBe('WRITTEN.SOLICITATION_NOT_IN_STATE');
    expect(codeOf(() => assertSolicitationStep('draft', 'close'))).toBe('WRITTEN.SOLICITATION_NOT_IN_STATE');
    expect(codeOf(() => assertSolicitationStep('sent', 'update'))).toBe('WRITTEN.SOLICITATION_NOT_IN_STATE');
  });

  it('refuses a deadline that is not ahead, naming the field', () => {
    expect(codeOf(() => assertDeadlineAhead(deadline, new Date('2027-05-10T02:00:00Z')))).toBe('VALIDATION.REPLY_DEADLINE_PASSED');
    expect(codeOf(() => assertDeadlineAhead(deadline, new Date('2027-05-09T00:00:00Z')))).toBeUndefined();
  });

  it('takes replies only while sent, and says so differently when closed', () => {
    expect(codeOf(() => assertTakesReplies('sent'))).toBeUndefined();
    expect(codeOf(() => assertTakesReplies('closed'))).toBe('WRITTEN.SOLICITATION_CLOSED');
    expect(codeOf(() => assertTakesReplies('draft'))).toBe('WRITTEN.SOLICITATION_NOT_IN_STATE');
  });

  it('marks a reply late only after the deadline', () => {
    expect(isLate(new Date(deadline.getTime()), deadline)).toBe(false);
    expect(isLate(new Date(deadline.getTime() + 1), deadline)).toBe(true);
  });

  it('reminds a set time before the deadline, unless that time has passed', () => {
    expect(reminderAt(deadline, new Date('2027-05-01T00:00:00Z'), 48)?.toISOString()).toBe('2027-05-08T02:00:00.000Z');
    expect(reminderAt(deadline, new Date('2027-05-09T00:00:00Z'), 48)).toBeNull();
  });

  it('names the branches that have not answered, in the order addressed', () => {
    expect(silentBranches(['a', 'b', 'c'], new Set(['b']))).toEqual(['a', 'c']);
  });
});
