import { CreateButton, Datagrid, List, SelectField, TextField, TopToolbar } from 'react-admin';
import { tenantKindChoices } from './tenant-kinds.js';

const TenantListActions = () => (
  <TopToolbar>
    <CreateButton />
  </TopToolbar>
);

/** The city and its districts; the platform admin adds districts. */
export const TenantList = () => (
  <List sort={{ field: 'code', order: 'ASC' }} perPage={50} actions={<TenantListActions />}>
    <Datagrid rowClick={false} bulkActionButtons={false} data-testid="tenant-list">
      <TextField source="name" />
      <TextField source="code" />
      <SelectField source="kind" choices={tenantKindChoices} />
      <TextField source="parentCode" emptyText="-" />
    </Datagrid>
  </List>
);
