import { MIN_PASSWORD_LENGTH, USERNAME_PATTERN } from '@xieshang/contracts';
import {
  CheckboxGroupInput,
  Create,
  maxLength,
  minLength,
  PasswordInput,
  regex,
  required,
  SimpleForm,
  TextInput,
} from 'react-admin';
import { OrgUnitReferenceInput } from './OrgUnitReferenceInput.js';
import { districtRoleChoices } from './user-roles.js';

/**
 * A new person of the tenant, with a first password: with the embedded identity provider they
 * sign in with it at once.
 */
export const UserCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <TextInput
        source="username"
        validate={[required(), maxLength(64), regex(USERNAME_PATTERN, 'resources.users.validation.username')]}
      />
      <TextInput source="displayName" validate={[required(), maxLength(100)]} />
      <OrgUnitReferenceInput isRequired />
      <CheckboxGroupInput source="roles" choices={districtRoleChoices} validate={required()} row />
      <PasswordInput source="password" validate={[required(), minLength(MIN_PASSWORD_LENGTH)]} autoComplete="new-password" />
    </SimpleForm>
  </Create>
);
