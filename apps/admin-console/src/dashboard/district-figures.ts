import type { DistrictFiguresView } from '@xieshang/contracts';

/** `GET /api/v1/district-figures`: one district's counts and the year's plan, for the city's dashboard. */
export interface DistrictFigures {
  code: string;
  name: string;
  orgUnits: number;
  activeOrgUnits: number;
  people: number;
  enabledPeople: number;
  plan: DistrictFiguresView['plan'];
}
