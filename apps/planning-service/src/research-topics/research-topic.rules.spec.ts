import type { AppException } from '@xieshang/platform-errors';
import { assertMayChoose, assertMayCommission, assertStudyTourFits, maySeeTopic } from './research-topic.rules.js';

const MINMENG = '11111111-1111-4111-8111-111111111111';
const JIUSAN = '22222222-2222-4222-8222-222222222222';
const codeOf = (work: () => unknown): string | undefined => {
  try {
    work();
    return undefined;
  } catch (error) {
    return (error as AppException).code;
  }
};

describe('research topics', () => {
  it('refuses a third study tour in a year whose maximum is 2', () => {
    expect(codeOf(() => assertStudyTourFits(1, { min: 1, max: 2 }, 2027))).toBeUndefined();
    expect(codeOf(() => assertStudyTourFits(2, { min: 1, max: 2 }, 2027))).toBe('PLANNING.TOO_MANY_STUDY_TOURS');
  });

  it('shows research commissioned to one branch only to that branch and the CPC side', () => {
    const commissioned = { kind: 'commissioned' as const, status: 'chosen' as const, commissionedOrgUnitId: MINMENG };
    expect(maySeeTopic(commissioned, ['party-member'], MINMENG)).toBe(true);
    expect(maySeeTopic(commissioned, ['party-member'], JIUSAN)).toBe(false);
    expect(maySeeTopic(commissioned, ['ufwd'], null)).toBe(true);
  });

  it('lets a branch leader choose an open catalogue topic for their own branch, and no one else', () => {
    const open = { kind: 'catalogue' as const, status: 'open' as const, commissionedOrgUnitId: null };
    expect(assertMayChoose(open, ['party-leader'], MINMENG)).toBe(MINMENG);
    expect(codeOf(() => assertMayChoose(open, ['party-member'], MINMENG))).toBe('AUTH.FORBIDDEN');
    expect(codeOf(() => assertMayChoose({ ...open, status: 'closed' }, ['party-leader'], MINMENG))).toBe('PLANNING.RESEARCH_TOPIC_NOT_IN_STATE');
    expect(codeOf(() => assertMayChoose({ ...open, kind: 'study_tour' }, ['party-leader'], MINMENG))).toBe('PLANNING.RESEARCH_TOPIC_NOT_IN_STATE');
  });

  it('does not commission a study tour or a closed topic', () => {
    expect(codeOf(() => assertMayCommission({ kind: 'catalogue', status: 'open', commissionedOrgUnitId: null }))).toBeUndefined();
    expect(codeOf(() => assertMayCommission({ kind: 'study_tour', status: 'open', commissionedOrgUnitId: null }))).toBe('PLANNING.RESEARCH_TOPIC_NOT_IN_STATE');
  });
});
