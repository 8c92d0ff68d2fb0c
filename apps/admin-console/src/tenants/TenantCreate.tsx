import { Typography } from '@mui/material';
import { MIN_PASSWORD_LENGTH, TENANT_CODE_PATTERN, USERNAME_PATTERN } from '@xieshang/contracts';
import {
  Create,
  maxLength,
  minLength,
  PasswordInput,
  regex,
  required,
  SimpleForm,
  TextInput,
  useTranslate,
} from 'react-admin';
import { CityInput } from './CityInput.js';

/**
 * A new district under a city, with its first tenant admin. The district starts with the city's
 * template of org units and can be used at once: no restart, no code change.
 */
export const TenantCreate = () => {
  const translate = useTranslate();
  return (
    <Create redirect="list">
      <SimpleForm>
        <CityInput />
        <TextInput
          source="code"
          validate={[required(), regex(TENANT_CODE_PATTERN, 'resources.tenants.validation.code')]}
          helperText="resources.tenants.helper.code"
        />
        <TextInput source="name" validate={[required(), maxLength(100)]} />
        <Typography variant="subtitle1" sx={{ mt: 2 }}>
          {translate('resources.tenants.sections.admin')}
        </Typography>
        <TextInput
          source="admin.username"
          validate={[required(), regex(USERNAME_PATTERN, 'resources.users.validation.username')]}
        />
        <TextInput source="admin.displayName" validate={[required(), maxLength(100)]} />
        <PasswordInput source="admin.password" validate={[required(), minLength(MIN_PASSWORD_LENGTH)]} autoComplete="new-password" />
      </SimpleForm>
    </Create>
  );
};
