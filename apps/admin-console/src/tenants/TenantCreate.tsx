import { Typography } from '@mui/material';
import { MIN_PASSWORD_LENGTH, TENANT_CODE_PATTERN, USERNAME_PATTERN } from '@xieshang/contracts';
import {
  Create,
  FormDataConsumer,
  maxLength,
  minLength,
  PasswordInput,
  regex,
  required,
  SelectInput,
  SimpleForm,
  TextInput,
  useTranslate,
} from 'react-admin';
import { CityInput } from './CityInput.js';
import { tenantKindChoices } from './tenant-kinds.js';

/**
 * A new city, or a district under a city, with its first tenant admin. A district starts with the
 * city's template of org units, a city with the standard template for its districts; either can
 * be used at once: no restart, no code change.
 */
/** A city has no parent: a city chosen before switching the kind is not sent. */
const withoutCityParent = (data: { kind?: string; parentCode?: string }) => (data.kind === 'city' ? { ...data, parentCode: undefined } : data);

export const TenantCreate = () => {
  const translate = useTranslate();
  return (
    <Create redirect="list" transform={withoutCityParent}>
      <SimpleForm>
        <SelectInput source="kind" choices={tenantKindChoices} defaultValue="district" validate={required()} />
        <FormDataConsumer<{ kind?: string }>>{({ formData }) => (formData.kind === 'city' ? null : <CityInput />)}</FormDataConsumer>
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
