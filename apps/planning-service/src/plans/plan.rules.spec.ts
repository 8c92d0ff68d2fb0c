import { PLAN_ACTIONS, PLAN_STATUSES, type PlanAction, type PlanStatus, type Role } from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';
import {
  allowedPlanActions,
  assertDeadlineAhead,
  assertDrafting,
  assertPlanAction,
  itemChangeMode,
  nextPlanStatus,
  requireRevisionReason,
  requireSkipSolicitationReason,
} from './plan.rules.js';

const EXPECTED: Record<PlanAction, Partial<Record<PlanStatus, PlanStatus>>> = {
  solicit: { draft: 'soliciting' },
  'submit-for-review': { draft: 'under_review', soliciting: 'under_review' },
  approve: { under_review: 'approved' },
  return: { under_review: 'draft' },
  publish: { approved: 'published' },
};

const codeOf = (work: () => unknown): string | undefined => {
  try {
    work();
    return undefined;
  } catch (error) {
    return (error as AppException).code;
  }
};

describe('the life of a plan', () => {
  for (const action of PLAN_ACTIONS) {
    for (const status of PLAN_STATUSES) {
      const target = EXPECTED[action][status];
      if (target) {
        it(`lets "${action}" take a ${status} plan to ${target}`, () => {
          expect(nextPlanStatus(status, action)).toBe(target);
        });
      } else {
        it(`refuses "${action}" on a ${status} plan with PLANNING.PLAN_NOT_IN_STATE`, () => {
          expect(codeOf(() => nextPlanStatus(status, action))).toBe('PLANNING.PLAN_NOT_IN_STATE');
        });
      }
    }
  }

  it('refuses a party member the approval with AUTH.FORBIDDEN, before looking at the state', () => {
    expect(codeOf(() => assertPlanAction(['party-member'], 'under_review', 'approve'))).toBe('AUTH.FORBIDDEN');
    expect(codeOf(() => assertPlanAction(['party-member'], 'draft', 'approve'))).toBe('AUTH.FORBIDDEN');
  });

  it('lets only the leader approve or return, and only office or UFWD draft, solicit and publish', () => {
    expect(codeOf(() => assertPlanAction(['office'], 'under_review', 'approve'))).toBe('AUTH.FORBIDDEN');
    expect(codeOf(() => assertPlanAction(['leader'], 'approved', 'publish'))).toBe('AUTH.FORBIDDEN');
    expect(assertPlanAction(['ufwd'], 'approved', 'publish')).toBe('published');
    expect(assertPlanAction(['leader'], 'under_review', 'return')).toBe('draft');
  });

  it('offers each role only the buttons it may press now', () => {
    const offers = (roles: Role[], status: PlanStatus) => allowedPlanActions(roles, status);
    expect(offers(['office'], 'draft')).toEqual(['solicit', 'submit-for-review']);
    expect(offers(['leader'], 'under_review')).toEqual(['approve', 'return']);
    expect(offers(['office'], 'under_review')).toEqual([]);
    expect(offers(['party-leader'], 'soliciting')).toEqual([]);
  });
});

describe('changing items', () => {
  it('allows direct changes while drafted or soliciting, revisions once published', () => {
    expect(itemChangeMode('draft')).toBe('direct');
    expect(itemChangeMode('soliciting')).toBe('direct');
    expect(itemChangeMode('published')).toBe('revision');
  });

  it('locks items under review and once approved', () => {
    expect(codeOf(() => itemChangeMode('under_review'))).toBe('PLANNING.PLAN_NOT_IN_STATE');
    expect(codeOf(() => itemChangeMode('approved'))).toBe('PLANNING.PLAN_NOT_IN_STATE');
  });

  it('needs a reason for a change to the published plan, naming the field', () => {
    expect(requireRevisionReason('direct', undefined)).toBeNull();
    expect(requireRevisionReason('revision', '会期调整')).toBe('会期调整');
    try {
      requireRevisionReason('revision', undefined);
      throw new Error('no refusal');
    } catch (error) {
      expect((error as AppException).code).toBe('VALIDATION.REASON_REQUIRED');
      expect((error as AppException).details?.fields?.[0]?.path).toBe('reason');
    }
  });
});

describe('accepting suggestions into the plan', () => {
  it('is possible while drafting and refused once the plan is published', () => {
    expect(codeOf(() => assertDrafting('soliciting'))).toBeUndefined();
    expect(codeOf(() => assertDrafting('published'))).toBe('PLANNING.PLAN_NOT_IN_STATE');
  });
});

describe('asking the parties before review', () => {
  const never = { suggestionsDeadline: null, skipSolicitationReason: null };

  it('sends a plan whose parties were asked without any reason', () => {
    expect(requireSkipSolicitationReason({ suggestionsDeadline: '2150-01-31', skipSolicitationReason: null }, undefined)).toBeNull();
  });

  it('refuses a plan whose parties were never asked unless a reason is given, naming the field', () => {
    expect(() => requireSkipSolicitationReason(never, undefined)).toThrow(
      expect.objectContaining({ code: 'VALIDATION.REASON_REQUIRED', details: { fields: [expect.objectContaining({ path: 'skipSolicitationReason' })] } }),
    );
    expect(requireSkipSolicitationReason(never, '各党派已在年初座谈会上提出议题')).toBe('各党派已在年初座谈会上提出议题');
  });

  it('keeps the reason a returned plan first went with', () => {
    expect(requireSkipSolicitationReason({ suggestionsDeadline: null, skipSolicitationReason: '座谈会已征集' }, undefined)).toBe('座谈会已征集');
  });
});

describe('the suggestions deadline', () => {
  const now = new Date('2150-03-10T20:00:00Z'); // 2150-03-11 04:00 in China

  it('accepts today and later days, as the district’s clock counts them', () => {
    expect(() => assertDeadlineAhead('2150-03-11', now, 'Asia/Shanghai')).not.toThrow();
    expect(() => assertDeadlineAhead('2150-04-01', now, 'Asia/Shanghai')).not.toThrow();
    // Still 10 March in London: that day is not past there.
    expect(() => assertDeadlineAhead('2150-03-10', now, 'Europe/London')).not.toThrow();
  });

  it('refuses a day already past with 422 naming the field', () => {
    expect(() => assertDeadlineAhead('2150-03-10', now, 'Asia/Shanghai')).toThrow(
      expect.objectContaining({ code: 'VALIDATION.DEADLINE_PASSED', details: { fields: [expect.objectContaining({ path: 'suggestionsDeadline' })] } }),
    );
  });
});
