import {
  CreateButton,
  List,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SelectInput,
  TextField,
  TopToolbar,
  usePermissions,
} from 'react-admin';
import type { ConsolePermissions } from '../authProvider.js';
import { LocaleDateField } from '../common/LocaleDateField.js';
import { ResponsiveDatagrid } from '../common/ResponsiveDatagrid.js';
import { StatusChip } from '../common/StatusChip.js';
import { suggestionStatusChoices } from '../plans/plan-choices.js';
import { isPartyUser } from '../plans/plan-visibility.rules.js';

const suggestionFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={suggestionStatusChoices} alwaysOn />,
  <ReferenceInput key="planId" source="planId" reference="plans" sort={{ field: 'year', order: 'DESC' }}>
    <SelectInput optionText="title" />
  </ReferenceInput>,
];

const SuggestionListActions = () => (
  <TopToolbar>
    <CreateButton />
  </TopToolbar>
);

/**
 * For office and UFWD the inbox: what the parties sent, waiting first; for a party its own
 * suggestions in every state. A row opens the suggestion with the buttons the person may press.
 */
export const SuggestionList = () => {
  const { permissions } = usePermissions<ConsolePermissions>();
  const party = isPartyUser(permissions?.roles ?? []);
  return (
    <List
      title={party ? 'resources.plan-suggestions.sections.own' : 'resources.plan-suggestions.inbox'}
      filters={suggestionFilters}
      filterDefaultValues={party ? {} : { status: 'sent' }}
      sort={{ field: 'createdAt', order: 'DESC' }}
      perPage={25}
      actions={<SuggestionListActions />}
    >
      <ResponsiveDatagrid
        rowClick="show"
        bulkActionButtons={false}
        data-testid="suggestion-list"
        phone={{
          primaryText: <TextField source="topic" />,
          secondaryText: <ReferenceField source="orgUnitId" reference="org-units" link={false} />,
          tertiaryText: <StatusChip resource="plan-suggestions" />,
        }}
      >
        <ReferenceField source="orgUnitId" reference="org-units" link={false} />
        <TextField source="topic" />
        <TextField source="reason" sx={{ display: 'block', maxWidth: 360 }} />
        <StatusChip resource="plan-suggestions" label="resources.plan-suggestions.fields.status" />
        <ReferenceField source="planId" reference="plans" link="show" />
        <LocaleDateField source="sentAt" emptyText="-" />
        <TextField source="declineReason" emptyText="" />
      </ResponsiveDatagrid>
    </List>
  );
};
