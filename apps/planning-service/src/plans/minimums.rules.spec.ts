import type { AppException } from '@xieshang/platform-errors';
import { assertApprovable, assertRevisionKeepsMinimums, type CountableItem, droppedBelow, planMinimums, studyTourStanding, unmetMinimums } from './minimums.rules.js';

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

  it('counts the year’s study tours against their minimum at approval, like the meeting kinds', () => {
    const full = planMinimums(fullPlan, DEFAULTS);
    const refusal = (() => {
      try {
        assertApprovable(full, undefined, studyTourStanding(0, 1));
      } catch (error) {
        return error as AppException;
      }
      return null;
    })();
    expect(refusal?.code).toBe('PLANNING.MINIMUMS_NOT_MET');
    expect(refusal?.details?.['unmet']).toEqual(['studyTours']);
    expect(refusal?.details?.['fields']).toEqual([expect.objectContaining({ path: 'belowMinimumReason' })]);
    expect(assertApprovable(full, undefined, studyTourStanding(1, 1))).toBeNull();
    expect(assertApprovable(full, '今年考察改为明年', studyTourStanding(0, 2))).toBe('今年考察改为明年');
  });
});

describe('a revision of the published plan against the minimums', () => {
  const before = planMinimums(fullPlan, DEFAULTS);

  it('names the kinds a change takes below their minimum, or further below', () => {
    const oneThematicLess = planMinimums(fullPlan.slice(1), DEFAULTS);
    expect(droppedBelow(before, oneThematicLess)).toEqual(['thematic']);
    expect(droppedBelow(oneThematicLess, planMinimums(fullPlan.slice(2), DEFAULTS))).toEqual(['thematic']);
  });

  it('lets a change pass that leaves the counts as they were, even below a minimum', () => {
    const below = planMinimums(fullPlan.slice(1), DEFAULTS);
    expect(droppedBelow(below, below)).toEqual([]);
    expect(assertRevisionKeepsMinimums(below, below, undefined)).toBeNull();
  });

  it('refuses a change that drops the plan below a minimum without the reason, naming the field', () => {
    const after = planMinimums([...fullPlan.slice(0, 3), ...fullPlan.slice(4)], DEFAULTS);
    expect(() => assertRevisionKeepsMinimums(before, after, undefined)).toThrow(
      expect.objectContaining({ code: 'PLANNING.MINIMUMS_NOT_MET', details: expect.objectContaining({ unmet: ['research'] }) }),
    );
    expect(assertRevisionKeepsMinimums(before, after, '调研课题并入专题协商')).toBe('调研课题并入专题协商');
  });
});
