/** Kinds of org unit in one tenant (DOMAIN.md, "Who takes part"). */
export const ORG_UNIT_KINDS = [
  'party_committee',
  'party_office',
  'ufwd',
  'gov_office',
  'democratic_party',
  'non_party',
  'federation',
  'department',
] as const;

export type OrgUnitKind = (typeof ORG_UNIT_KINDS)[number];
