import { CreateButton, List, SearchInput, SelectInput, TextField, TopToolbar } from 'react-admin';
import { LocaleDateField } from '../common/LocaleDateField.js';
import { ResponsiveDatagrid } from '../common/ResponsiveDatagrid.js';
import { StatusChip } from '../common/StatusChip.js';
import { solicitationStatusChoices } from './written-choices.js';

const filters = [<SearchInput key="q" source="q" alwaysOn />, <SelectInput key="status" source="status" choices={solicitationStatusChoices} />];

/** Office and UFWD see every solicitation; a branch its inbox of those sent to it. */
export const SolicitationList = () => (
  <List filters={filters} sort={{ field: 'createdAt', order: 'DESC' }} perPage={25} actions={<TopToolbar><CreateButton /></TopToolbar>}>
    <ResponsiveDatagrid
      rowClick="show"
      bulkActionButtons={false}
      data-testid="solicitation-list"
      phone={{ primaryText: <TextField source="title" />, secondaryText: <LocaleDateField source="replyDeadline" />, tertiaryText: <StatusChip resource="solicitations" /> }}
    >
      <TextField source="title" />
      <TextField source="documentVersion" />
      <StatusChip resource="solicitations" label="resources.solicitations.fields.status" />
      <LocaleDateField source="replyDeadline" />
      <LocaleDateField source="sentAt" emptyText="-" />
    </ResponsiveDatagrid>
  </List>
);
