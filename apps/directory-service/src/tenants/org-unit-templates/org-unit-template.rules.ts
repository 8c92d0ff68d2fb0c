import { DISTRICT_PLACEHOLDER, type FieldError, type OrgUnitKind, type OrgUnitTemplateEntry } from '@xieshang/contracts';

export interface DistrictOrgUnit {
  kind: OrgUnitKind;
  name: string;
  shortName: string;
}

/** The org units of a new district: each pattern with the district's name put in. */
export const renderTemplate = (entries: readonly OrgUnitTemplateEntry[], districtName: string): DistrictOrgUnit[] =>
  entries.map((entry) => ({
    kind: entry.kind,
    name: entry.namePattern.split(DISTRICT_PLACEHOLDER).join(districtName),
    shortName: entry.shortName,
  }));

/** Org-unit names are unique in a tenant, and people pick units by short name: both must differ. */
export const duplicateTemplateFields = (entries: readonly OrgUnitTemplateEntry[]): FieldError[] => {
  const errors: FieldError[] = [];
  const seen = { namePattern: new Set<string>(), shortName: new Set<string>() };
  entries.forEach((entry, index) => {
    for (const field of ['namePattern', 'shortName'] as const) {
      if (seen[field].has(entry[field])) errors.push({ path: `units.${index}.${field}`, message: `${entry[field]} appears twice` });
      seen[field].add(entry[field]);
    }
  });
  return errors;
};

/** Where a new district's first administrator sits: its party office (区委办公室) if the template has one. */
export const adminOrgUnitIndex = (units: readonly DistrictOrgUnit[]): number | null => {
  const index = units.findIndex((unit) => unit.kind === 'party_office');
  return index >= 0 ? index : null;
};
