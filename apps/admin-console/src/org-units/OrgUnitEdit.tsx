import { Edit, maxLength, required, SelectField, SimpleForm, TextInput, Labeled } from 'react-admin';
import { ORG_UNIT_NAME_MAX, ORG_UNIT_SHORT_NAME_MAX } from '@xieshang/contracts';
import { orgUnitKindChoices } from './org-unit-kinds.js';

/** Names can change; the kind is what the unit is and stays. The record's version goes with the save. */
export const OrgUnitEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm>
      <Labeled>
        <SelectField source="kind" choices={orgUnitKindChoices} />
      </Labeled>
      <TextInput source="name" validate={[required(), maxLength(ORG_UNIT_NAME_MAX)]} fullWidth />
      <TextInput source="shortName" validate={[required(), maxLength(ORG_UNIT_SHORT_NAME_MAX)]} />
    </SimpleForm>
  </Edit>
);
