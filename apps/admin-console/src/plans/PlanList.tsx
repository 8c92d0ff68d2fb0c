import {
  CreateButton,
  List,
  NumberField,
  NumberInput,
  SearchInput,
  SelectInput,
  TextField,
  TopToolbar,
} from 'react-admin';
import { ResponsiveDatagrid } from '../common/ResponsiveDatagrid.js';
import { StatusChip } from '../common/StatusChip.js';
import { planStatusChoices } from './plan-choices.js';

const planFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <NumberInput key="year" source="year" alwaysOn />,
  <SelectInput key="status" source="status" choices={planStatusChoices} />,
];

const PlanListActions = () => (
  <TopToolbar>
    <CreateButton />
  </TopToolbar>
);

/** The district's annual plans, newest year first; party users see only those asking for topics or published. */
export const PlanList = () => (
  <List filters={planFilters} sort={{ field: 'year', order: 'DESC' }} perPage={25} actions={<PlanListActions />}>
    <ResponsiveDatagrid
      rowClick="show"
      bulkActionButtons={false}
      data-testid="plan-list"
      phone={{
        primaryText: <TextField source="title" />,
        secondaryText: <NumberField source="year" options={{ useGrouping: false }} />,
        tertiaryText: <StatusChip resource="plans" />,
      }}
    >
      <NumberField source="year" options={{ useGrouping: false }} />
      <TextField source="title" />
      <StatusChip resource="plans" label="resources.plans.fields.status" />
      <NumberField source="itemCount" />
      <TextField source="decisionReference" emptyText="-" />
      <NumberField source="currentRevision" />
    </ResponsiveDatagrid>
  </List>
);
