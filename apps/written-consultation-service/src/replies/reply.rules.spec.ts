import type { AppException } from '@xieshang/platform-errors';
import { assertKnownSections, assertReplyContent, assertReplyStep } from './reply.rules.js';

const codeOf = (work: () => void): string | undefined => {
  try {
    work();
    return undefined;
  } catch (error) {
    return (error as AppException).code;
  }
};

describe('reply rules', () => {
  it('never lets a submitted reply change, whatever the step', () => {
    for (const step of ['update', 'request-approval', 'return', 'submit'] as const) expect(codeOf(() => assertReplyStep('submitted', step))).toBe('WRITTEN.REPLY_SUBMITTED');
  });

  it('asks for approval from a draft, returns only what awaits the leader', () => {
    expect(codeOf(() => assertReplyStep('draft', 'request-approval'))).toBeUndefined();
    expect(codeOf(() => assertReplyStep('awaiting_leader', 'request-approval'))).toBe('WRITTEN.REPLY_NOT_IN_STATE');
    expect(codeOf(() => assertReplyStep('draft', 'return'))).toBe('WRITTEN.REPLY_NOT_IN_STATE');
    expect(codeOf(() => assertReplyStep('awaiting_leader', 'submit'))).toBeUndefined();
  });

  it('refuses a comment on a section the document does not have, naming it', () => {
    expect(codeOf(() => assertKnownSections([{ sectionKey: null }, { sectionKey: '一' }], ['一', '二']))).toBeUndefined();
    expect(codeOf(() => assertKnownSections([{ sectionKey: '三' }], ['一', '二']))).toBe('VALIDATION.UNKNOWN_SECTION');
  });

  it('wants comments or "no comment", exactly one of them', () => {
    expect(codeOf(() => assertReplyContent({ noComment: true, comments: [] }))).toBeUndefined();
    expect(codeOf(() => assertReplyContent({ noComment: false, comments: [{}] }))).toBeUndefined();
    expect(codeOf(() => assertReplyContent({ noComment: false, comments: [] }))).toBe('VALIDATION.EMPTY_REPLY');
    expect(codeOf(() => assertReplyContent({ noComment: true, comments: [{}] }))).toBe('VALIDATION.EMPTY_REPLY');
  });
});
