import { CheckboxGroupInput, Edit, Labeled, maxLength, required, SimpleForm, TextField, TextInput } from 'react-admin';
import { OrgUnitReferenceInput } from './OrgUnitReferenceInput.js';
import { districtRoleChoices } from './user-roles.js';

/** Name, org unit and roles change here; the login stays. Passwords change on the person's page. */
export const UserEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm>
      <Labeled>
        <TextField source="username" />
      </Labeled>
      <TextInput source="displayName" validate={[required(), maxLength(100)]} />
      <OrgUnitReferenceInput isRequired />
      <CheckboxGroupInput source="roles" choices={districtRoleChoices} validate={required()} row />
    </SimpleForm>
  </Edit>
);
