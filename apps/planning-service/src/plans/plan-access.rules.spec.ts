import { PLAN_STATUSES } from '@xieshang/contracts';
import { mayReadItems, mayReadPlan, visiblePlanStatuses } from './plan-access.rules.js';

describe('who sees which plan', () => {
  it('shows the CPC side every plan, drafts included', () => {
    for (const role of ['office', 'ufwd', 'leader', 'supervisor', 'tenant-admin'] as const) {
      expect(PLAN_STATUSES.every((status) => mayReadPlan([role], status) && mayReadItems([role], status))).toBe(true);
    }
  });

  it('shows party users the plan that asks them for topics, and its items only once published', () => {
    expect(visiblePlanStatuses(['party-member'])).toEqual(['soliciting', 'published']);
    expect(mayReadPlan(['party-leader'], 'draft')).toBe(false);
    expect(mayReadItems(['party-member'], 'soliciting')).toBe(false);
    expect(mayReadItems(['party-member'], 'published')).toBe(true);
  });

  it('shows departments only the published plan, and the city observer, overseeing a district, all of it', () => {
    expect(visiblePlanStatuses(['department'])).toEqual(['published']);
    expect(visiblePlanStatuses(['city-observer'])).toBe('all');
    expect(mayReadItems(['city-observer'], 'draft')).toBe(true);
    expect(visiblePlanStatuses([])).toEqual([]);
  });
});
