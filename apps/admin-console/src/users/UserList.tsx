import {
  BooleanField,
  CreateButton,
  EditButton,
  List,
  NullableBooleanInput,
  ReferenceField,
  SearchInput,
  SelectInput,
  TextField,
  TopToolbar,
  WrapperField,
} from 'react-admin';
import { ResponsiveDatagrid } from '../common/ResponsiveDatagrid.js';
import { OrgUnitReferenceInput } from './OrgUnitReferenceInput.js';
import { RoleChips } from './RoleChips.js';
import { districtRoleChoices } from './user-roles.js';

const userFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <OrgUnitReferenceInput key="orgUnitId" />,
  <SelectInput key="role" source="role" choices={districtRoleChoices} />,
  <NullableBooleanInput
    key="enabled"
    source="enabled"
    trueLabel="resources.users.state.enabled"
    falseLabel="resources.users.state.disabled"
    nullLabel="resources.users.state.any"
  />,
];

const UserListActions = () => (
  <TopToolbar>
    <CreateButton />
  </TopToolbar>
);

/** The tenant's people: the tenant admin manages them, leaders and supervisors read. */
export const UserList = () => (
  <List filters={userFilters} sort={{ field: 'username', order: 'ASC' }} perPage={25} actions={<UserListActions />}>
    <ResponsiveDatagrid
      rowClick="show"
      bulkActionButtons={false}
      data-testid="user-list"
      phone={{
        primaryText: <TextField source="displayName" />,
        secondaryText: <ReferenceField source="orgUnitId" reference="org-units" link={false} emptyText="-" />,
        tertiaryText: (user) => user.username,
      }}
    >
      <TextField source="username" />
      <TextField source="displayName" />
      <ReferenceField source="orgUnitId" reference="org-units" link={false} emptyText="-" />
      <RoleChips source="roles" label="resources.users.fields.roles" />
      <BooleanField source="enabled" />
      <WrapperField label="xs.a11y.actions">
        <EditButton />
      </WrapperField>
    </ResponsiveDatagrid>
  </List>
);
