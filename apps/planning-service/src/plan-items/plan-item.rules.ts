import { PlanningErrorCode } from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';

/** A planned day lies in the plan's year; 422 naming `plannedDate` otherwise. */
export const assertInPlanYear = (plannedDate: string | null | undefined, year: number, path = 'plannedDate'): void => {
  if (!plannedDate) return;
  if (Number(plannedDate.slice(0, 4)) !== year) {
    throw new AppException(PlanningErrorCode.OutsidePlanYear, `The date ${plannedDate} is outside the plan's year ${year}`, {
      fields: [{ path, message: `must be a day in ${year}` }],
    });
  }
};

/** The org units an item names, each with the field path that names it, for the directory check. */
export const namedOrgUnits = (item: { participantOrgUnitIds?: readonly string[]; leadOrgUnitId?: string | null }): { id: string; path: string }[] => [
  ...(item.participantOrgUnitIds ?? []).map((id, index) => ({ id, path: `participantOrgUnitIds.${index}` })),
  ...(item.leadOrgUnitId ? [{ id: item.leadOrgUnitId, path: 'leadOrgUnitId' }] : []),
];

/** Refuses, naming each field, the ids the directory does not know in this tenant. */
export const assertKnownOrgUnits = (named: readonly { id: string; path: string }[], known: ReadonlySet<string>): void => {
  const unknown = named.filter((unit) => !known.has(unit.id));
  if (unknown.length > 0) {
    throw new AppException(PlanningErrorCode.UnknownOrgUnit, 'Some org units are not units of this district', {
      fields: unknown.map((unit) => ({ path: unit.path, message: `no org unit ${unit.id} in this district` })),
    });
  }
};
