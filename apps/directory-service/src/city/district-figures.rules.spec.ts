import type { DistrictPlanFigures } from '@xieshang/contracts';
import { districtPlan, figuresYear } from './district-figures.rules.js';

const standing = (required: number, planned: number) => ({ required, planned, met: planned >= required });

describe('the city view of districts’ plans', () => {
  it('shows the year asked for, or this year in China time', () => {
    expect(figuresYear(2150, new Date('2026-06-01T00:00:00Z'))).toBe(2150);
    expect(figuresYear(undefined, new Date('2026-12-31T17:00:00Z'))).toBe(2027);
    expect(figuresYear(undefined, new Date('2026-12-31T15:00:00Z'))).toBe(2026);
  });

  it('gives each district the status and minimums planning answered for it', () => {
    const plans: DistrictPlanFigures[] = [
      { tenantId: 'bazhou', year: 2150, status: 'soliciting', minimums: { thematic: standing(3, 2), research: standing(1, 1), briefing: standing(3, 3) } },
      { tenantId: 'enyang', year: 2150, status: null, minimums: { thematic: standing(3, 0), research: standing(1, 0), briefing: standing(3, 0) } },
    ];
    expect(districtPlan(plans, 'bazhou', 2150)).toEqual({ year: 2150, status: 'soliciting', minimums: plans[0]?.minimums });
    expect(districtPlan(plans, 'enyang', 2150)).toMatchObject({ status: null, minimums: { thematic: { required: 3, planned: 0, met: false } } });
  });

  it('shows no plan for a district planning did not answer for', () => {
    expect(districtPlan([], 'nanjiang', 2150)).toMatchObject({ year: 2150, status: null, minimums: { thematic: { required: 0, planned: 0 } } });
  });
});
