import CheckIcon from '@mui/icons-material/Check';
import UndoIcon from '@mui/icons-material/Undo';
import type { EscalationView } from '@xieshang/contracts';
import { type Identifier, List, Show, SimpleShowLayout, TextField, TopToolbar, useDataProvider, useRecordContext } from 'react-admin';
import type { ConsoleDataProvider } from '../dataProvider.js';
import { LocaleDateField } from '../common/LocaleDateField.js';
import { ReasonDialogButton } from '../common/ReasonDialogButton.js';
import { ResponsiveDatagrid } from '../common/ResponsiveDatagrid.js';
import { StatusChip } from '../common/StatusChip.js';

/** The research reports the districts raised to this city, each with its district. */
export const EscalationList = () => (
  <List sort={{ field: 'receivedAt', order: 'DESC' }} perPage={25} actions={false}>
    <ResponsiveDatagrid rowClick="show" bulkActionButtons={false} data-testid="escalation-list" phone={{ primaryText: <TextField source="title" />, secondaryText: <TextField source="originTenantName" /> }}>
      <TextField source="title" />
      <TextField source="originTenantName" />
      <TextField source="originOrgUnitName" />
      <StatusChip resource="escalations" label="resources.escalations.fields.status" />
      <LocaleDateField source="receivedAt" />
    </ResponsiveDatagrid>
  </List>
);

const Actions = () => {
  const record = useRecordContext<EscalationView>();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  if (!record || record.status !== 'received') return <TopToolbar />;
  // Both buttons are the one `decide` action, with the decision in the body.
  const decide = (id: Identifier, body: object) => dataProvider.runAction('escalations', id, 'decide', body);
  const note = [{ name: 'note', label: 'resources.escalations.fields.decisionNote', required: true, type: 'multiline' as const }];
  return (
    <TopToolbar>
      <ReasonDialogButton resource="escalations" action="decide" label="resources.escalations.actions.accept" icon={<CheckIcon />} doneMessage="resources.escalations.notifications.decided" fields={note} submit={(found, body) => decide(found.id, { ...body, decision: 'accepted' })} />
      <ReasonDialogButton resource="escalations" action="decide" label="resources.escalations.actions.return" icon={<UndoIcon />} doneMessage="resources.escalations.notifications.decided" fields={note} submit={(found, body) => decide(found.id, { ...body, decision: 'returned' })} />
    </TopToolbar>
  );
};

export const EscalationShow = () => (
  <Show actions={<Actions />}>
    <SimpleShowLayout>
      <TextField source="title" />
      <TextField source="originTenantName" />
      <TextField source="originOrgUnitName" />
      <TextField source="authorName" />
      <TextField source="escalatedByName" />
      <TextField source="escalationNote" emptyText="-" />
      <TextField source="body" />
      <StatusChip resource="escalations" label="resources.escalations.fields.status" />
      <TextField source="decisionNote" emptyText="-" />
      <LocaleDateField source="decidedAt" emptyText="-" />
    </SimpleShowLayout>
  </Show>
);
