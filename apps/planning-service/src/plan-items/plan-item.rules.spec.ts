import { planItemInputSchema } from '@xieshang/contracts';
import type { AppException } from '@xieshang/platform-errors';
import { assertInPlanYear, assertKnownOrgUnits, namedOrgUnits } from './plan-item.rules.js';

const A = '0b0e8c1e-58a4-4a0c-8a55-0d8a3e1f0a01';
const B = '0b0e8c1e-58a4-4a0c-8a55-0d8a3e1f0a02';

const refusal = (work: () => void): AppException => {
  try {
    work();
  } catch (error) {
    return error as AppException;
  }
  throw new Error('no refusal');
};

describe('plan item rules', () => {
  it('accepts a day inside the plan’s year and refuses one outside, naming plannedDate', () => {
    expect(() => assertInPlanYear('2027-06-30', 2027)).not.toThrow();
    const error = refusal(() => assertInPlanYear('2028-01-01', 2027));
    expect(error.code).toBe('VALIDATION.OUTSIDE_PLAN_YEAR');
    expect(error.details?.fields).toEqual([{ path: 'plannedDate', message: 'must be a day in 2027' }]);
  });

  it('names each unknown org unit by its field path', () => {
    const named = namedOrgUnits({ participantOrgUnitIds: [A, B], leadOrgUnitId: B });
    const error = refusal(() => assertKnownOrgUnits(named, new Set([A])));
    expect(error.code).toBe('VALIDATION.UNKNOWN_ORG_UNIT');
    expect(error.details?.fields?.map((field) => field.path)).toEqual(['participantOrgUnitIds.1', 'leadOrgUnitId']);
    expect(() => assertKnownOrgUnits(named, new Set([A, B]))).not.toThrow();
  });

  it('needs a meeting type for a meeting and refuses one that does not exist', () => {
    const base = { topic: '议题', form: 'meeting', plannedMonth: 3, contentCategory: 'other' };
    const missing = planItemInputSchema.safeParse(base);
    expect(missing.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['meetingType']);
    const banquet = planItemInputSchema.safeParse({ ...base, meetingType: 'banquet' });
    expect(banquet.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['meetingType']);
    expect(planItemInputSchema.safeParse({ ...base, meetingType: 'thematic' }).success).toBe(true);
  });

  it('takes a planned month or a planned day, not both and not neither', () => {
    const base = { topic: '议题', form: 'written', contentCategory: 'other' };
    expect(planItemInputSchema.safeParse(base).error?.issues[0]?.path).toEqual(['plannedMonth']);
    expect(planItemInputSchema.safeParse({ ...base, plannedMonth: 4, plannedDate: '2027-04-02' }).error?.issues[0]?.path).toEqual(['plannedDate']);
    expect(planItemInputSchema.safeParse({ ...base, plannedDate: '2027-04-02' }).success).toBe(true);
  });

  it('refuses a topic over 200 characters, naming topic', () => {
    const result = planItemInputSchema.safeParse({ topic: '议'.repeat(201), form: 'written', plannedMonth: 1, contentCategory: 'other' });
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['topic']);
  });
});
