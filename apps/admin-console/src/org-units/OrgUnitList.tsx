import {
  BooleanField,
  CreateButton,
  EditButton,
  ExportButton,
  List,
  NullableBooleanInput,
  SearchInput,
  SelectField,
  SelectInput,
  TextField,
  TopToolbar,
  WrapperField,
} from 'react-admin';
import { ResponsiveDatagrid } from '../common/ResponsiveDatagrid.js';
import { orgUnitKindChoices } from './org-unit-kinds.js';

const orgUnitFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={orgUnitKindChoices} />,
  <NullableBooleanInput
    key="active"
    source="active"
    trueLabel="resources.org-units.state.active"
    falseLabel="resources.org-units.state.retired"
    nullLabel="resources.org-units.state.any"
  />,
];

const OrgUnitListActions = () => (
  <TopToolbar>
    <CreateButton />
    <ExportButton />
  </TopToolbar>
);

/** The tenant's org units; everyone reads them, the tenant admin adds and edits (buttons follow canAccess). */
export const OrgUnitList = () => (
  <List
    filters={orgUnitFilters}
    sort={{ field: 'name', order: 'ASC' }}
    perPage={25}
    actions={<OrgUnitListActions />}
  >
    <ResponsiveDatagrid
      rowClick="show"
      bulkActionButtons={false}
      data-testid="org-unit-list"
      phone={{
        primaryText: <TextField source="name" />,
        secondaryText: <SelectField source="kind" choices={orgUnitKindChoices} />,
        tertiaryText: <TextField source="shortName" />,
      }}
    >
      <TextField source="name" />
      <TextField source="shortName" />
      <SelectField source="kind" choices={orgUnitKindChoices} />
      <BooleanField source="active" />
      <WrapperField label="xs.a11y.actions">
        <EditButton />
      </WrapperField>
    </ResponsiveDatagrid>
  </List>
);
