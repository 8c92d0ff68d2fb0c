import { Create, maxLength, required, SelectInput, SimpleForm, TextInput } from 'react-admin';
import { ORG_UNIT_NAME_MAX, ORG_UNIT_SHORT_NAME_MAX } from '@xieshang/contracts';
import { orgUnitKindChoices } from './org-unit-kinds.js';

/** A new org unit of the tenant: its kind, full Chinese name and the short name used in lists. */
export const OrgUnitCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <SelectInput source="kind" choices={orgUnitKindChoices} validate={required()} />
      <TextInput source="name" validate={[required(), maxLength(ORG_UNIT_NAME_MAX)]} fullWidth />
      <TextInput source="shortName" validate={[required(), maxLength(ORG_UNIT_SHORT_NAME_MAX)]} />
    </SimpleForm>
  </Create>
);
