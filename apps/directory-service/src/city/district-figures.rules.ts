import type { DistrictFiguresView, DistrictPlanFigures, PlanMinimums } from '@xieshang/contracts';

/** The year the city view shows: the one asked for, or this year where the districts live (China time). */
export const figuresYear = (asked: number | undefined, now: Date): number => asked ?? Number(new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 4));

const NOTHING_PLANNED = { required: 0, planned: 0, met: true };

/**
 * One district's plan as planning answered for it. A district planning did not answer for shows
 * no plan and nothing required, rather than numbers it does not have.
 */
export const districtPlan = (plans: readonly DistrictPlanFigures[], code: string, year: number): DistrictFiguresView['plan'] => {
  const found = plans.find((plan) => plan.tenantId === code);
  if (found) return { year: found.year, status: found.status, minimums: found.minimums };
  const minimums: PlanMinimums = { thematic: NOTHING_PLANNED, research: NOTHING_PLANNED, briefing: NOTHING_PLANNED };
  return { year, status: null, minimums };
};
