import { CreateButton, List, SelectField, TextField, TopToolbar } from 'react-admin';
import { ResponsiveDatagrid } from '../common/ResponsiveDatagrid.js';
import { tenantKindChoices } from './tenant-kinds.js';

const TenantListActions = () => (
  <TopToolbar>
    <CreateButton />
  </TopToolbar>
);

/** The city and its districts; the platform admin adds districts. */
export const TenantList = () => (
  <List sort={{ field: 'code', order: 'ASC' }} perPage={50} actions={<TenantListActions />}>
    <ResponsiveDatagrid
      rowClick={false}
      bulkActionButtons={false}
      data-testid="tenant-list"
      phone={{
        primaryText: <TextField source="name" />,
        secondaryText: <SelectField source="kind" choices={tenantKindChoices} />,
        tertiaryText: <TextField source="code" />,
      }}
    >
      <TextField source="name" />
      <TextField source="code" />
      <SelectField source="kind" choices={tenantKindChoices} />
      <TextField source="parentCode" emptyText="-" />
    </ResponsiveDatagrid>
  </List>
);
