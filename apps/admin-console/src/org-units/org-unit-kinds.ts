import { ORG_UNIT_KINDS } from '@xieshang/contracts';

/** The kinds as choices; SelectInput and SelectField translate these names. */
export const orgUnitKindChoices = ORG_UNIT_KINDS.map((kind) => ({ id: kind, name: `xs.org_unit_kinds.${kind}` }));
