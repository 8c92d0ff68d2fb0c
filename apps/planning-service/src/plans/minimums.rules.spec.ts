import type { AppException } from '@xieshang/platform-errors';
import { assertApprovable, type CountableItem, planMinimums, unmetMinimums } from './minimums.rules.js';

const DEFAULTS = { thematic: 3, research: 1, briefing: 3 };
const meeting = (meetingType: CountableItem['meetingType'], status = 'active'): CountableItem => ({ form: 'meeting', meetingType, status });

const fullPlan = [meeting('thematic'), meeting('thematic'), meeting('thematic'), meeting('research'), meeting('briefing'), meeting('briefing'), meeting('briefing')];

describe('yearly minimums', () => {
  it('counts meeting items by type against the required numbers', () => {
    expect(planMinimums(fullPlan, DEFAULTS)).toEqual({
      thematic: { required: 3, planned: 3, met: true },
      research: { required: 1, planned: 1, met: true },
      briefing: { required: 3, planned: 3, met: true },
    });
  });

  it('leaves out cancelled items and items that are not meetings', () => {
    const items = [meeting('thematic', 'cancelled'), { form: 'written', meetingType: null, status: 'active' }, meeting('thematic')];
    expect(planMinimums(items, DEFAULTS).thematic).toEqual({ required: 3, planned: 1, met: false });
  });

  it('follows the tenant’s own numbers', () => {
    expect(unmetMinimums(planMinimums(fullPlan, { thematic: 4, research: 0, briefing: 1 }))).toEqual(['thematic']);
  });

  it('refuses approval when the plan has fewer than 3 thematic consultations, naming them', () => {
    const minimums = planMinimums(fullPlan.slice(1), DEFAULTS);
    try {
      assertApprovable(minimums, undefined);
      throw new Error('no refusal');
    } catch (error) {
      expect((error as AppException).code).toBe('PLANNING.MINIMUMS_NOT_MET');
      expect((error as AppException).details?.['unmet']).toEqual(['thematic']);
    }
  });

  it('approves a plan below the minimums when the approver gives a reason, and keeps it', () => {
    expect(assertApprovable(planMinimums([], DEFAULTS), '年中换届，协商改至下半年')).toBe('年中换届，协商改至下半年');
    expect(assertApprovable(planMinimums(fullPlan, DEFAULTS), undefined)).toBeNull();
  });
});
