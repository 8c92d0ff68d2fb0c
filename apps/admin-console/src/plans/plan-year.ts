/** The years a plan may be made for (the contract's bounds). */
export const PLAN_YEAR_MIN = 2000;
export const PLAN_YEAR_MAX = 2999;
