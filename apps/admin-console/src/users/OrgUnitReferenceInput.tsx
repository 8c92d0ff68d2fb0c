import { AutocompleteInput, ReferenceInput, required } from 'react-admin';

/** Picks one of the tenant's active org units by typing part of its name. */
export const OrgUnitReferenceInput = ({ alwaysOn, isRequired }: { alwaysOn?: boolean; isRequired?: boolean }) => (
  <ReferenceInput
    source="orgUnitId"
    reference="org-units"
    sort={{ field: 'name', order: 'ASC' }}
    filter={{ active: true }}
    perPage={50}
    alwaysOn={alwaysOn}
  >
    <AutocompleteInput
      optionText="name"
      filterToQuery={(q: string) => (q ? { q } : {})}
      validate={isRequired ? required() : undefined}
      sx={{ minWidth: 280 }}
    />
  </ReferenceInput>
);
