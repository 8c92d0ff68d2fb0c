import type { Role, SuggestionStatus } from '@xieshang/contracts';
import type { AppException } from '@xieshang/platform-errors';
import { assertBeforeDeadline, maySeeSuggestion, nextSuggestionStatus, type SuggestionAction } from './suggestion.rules.js';

const MINMENG = '11111111-1111-4111-8111-111111111111';
const JIUSAN = '22222222-2222-4222-8222-222222222222';
const caller = (roles: Role[], orgUnitId: string | null = null) => ({ roles, orgUnitId });
const suggestion = (status: SuggestionStatus, orgUnitId = MINMENG) => ({ status, orgUnitId });

const codeOf = (action: SuggestionAction, status: SuggestionStatus, who: ReturnType<typeof caller>): string => {
  try {
    return nextSuggestionStatus(action, suggestion(status), who);
  } catch (error) {
    return (error as AppException).code;
  }
};

describe('a party suggestion', () => {
  const member = caller(['party-member'], MINMENG);
  const leader = caller(['party-member', 'party-leader'], MINMENG);
  const otherLeader = caller(['party-leader'], JIUSAN);
  const office = caller(['office']);

  it('reaches only awaiting_leader when a member submits it', () => {
    expect(codeOf('submit', 'draft', member)).toBe('awaiting_leader');
    expect(codeOf('submit', 'draft', leader)).toBe('awaiting_leader');
  });

  it('is sent only by the leader of its own branch', () => {
    expect(codeOf('approve', 'awaiting_leader', member)).toBe('AUTH.FORBIDDEN');
    expect(codeOf('approve', 'awaiting_leader', otherLeader)).toBe('AUTH.FORBIDDEN');
    expect(codeOf('approve', 'awaiting_leader', office)).toBe('AUTH.FORBIDDEN');
    expect(codeOf('approve', 'awaiting_leader', leader)).toBe('sent');
  });

  it('cannot be sent straight from draft', () => {
    expect(codeOf('approve', 'draft', leader)).toBe('PLANNING.SUGGESTION_NOT_IN_STATE');
  });

  it('goes back to draft when the leader returns it', () => {
    expect(codeOf('return', 'awaiting_leader', leader)).toBe('draft');
  });

  it('is decided by office or UFWD once sent, and only then', () => {
    expect(codeOf('accept', 'sent', office)).toBe('accepted');
    expect(codeOf('decline', 'sent', caller(['ufwd']))).toBe('declined');
    expect(codeOf('accept', 'awaiting_leader', office)).toBe('PLANNING.SUGGESTION_NOT_IN_STATE');
    expect(codeOf('decline', 'sent', leader)).toBe('AUTH.FORBIDDEN');
  });

  it('is edited by its own branch while drafted', () => {
    expect(codeOf('edit', 'draft', member)).toBe('draft');
    expect(codeOf('edit', 'draft', caller(['party-member'], JIUSAN))).toBe('AUTH.FORBIDDEN');
    expect(codeOf('edit', 'sent', member)).toBe('PLANNING.SUGGESTION_NOT_IN_STATE');
  });

  it('is seen by office only once sent, and by other branches never', () => {
    expect(maySeeSuggestion(suggestion('draft'), office)).toBe(false);
    expect(maySeeSuggestion(suggestion('awaiting_leader'), office)).toBe(false);
    expect(maySeeSuggestion(suggestion('declined'), office)).toBe(true);
    expect(maySeeSuggestion(suggestion('draft'), member)).toBe(true);
    expect(maySeeSuggestion(suggestion('sent'), caller(['party-member'], JIUSAN))).toBe(false);
    expect(maySeeSuggestion(suggestion('sent'), caller(['department'], JIUSAN))).toBe(false);
  });

  it('may be suggested through the deadline day on the district’s clock, not after', () => {
    expect(() => assertBeforeDeadline('2027-02-10', new Date('2027-02-10T15:59:00Z'), 'Asia/Shanghai')).not.toThrow();
    expect(() => assertBeforeDeadline('2027-02-10', new Date('2027-02-10T16:01:00Z'), 'Asia/Shanghai')).toThrow('due by 2027-02-10');
    expect(() => assertBeforeDeadline('2027-02-10', new Date('2027-02-10T16:01:00Z'), 'Europe/London')).not.toThrow();
  });
});
