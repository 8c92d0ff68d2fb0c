/** `GET /api/v1/district-figures`: one district's counts, for the city's dashboard. */
export interface DistrictFigures {
  code: string;
  name: string;
  orgUnits: number;
  activeOrgUnits: number;
  people: number;
  enabledPeople: number;
}
