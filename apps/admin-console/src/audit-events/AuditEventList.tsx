import {
  List,
  NumberField,
  SearchInput,
  TextField,
  TextInput,
  TopToolbar,
} from 'react-admin';
import { ResponsiveDatagrid } from '../common/ResponsiveDatagrid.js';
import { LocaleDateField } from '../common/LocaleDateField.js';
import { VerifyChainButton } from './VerifyChainButton.js';
import { DistrictTimeInput } from '../common/DistrictTimeInput.js';

const auditFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <TextInput key="context" source="context" />,
  <TextInput key="entity" source="entity" />,
  <TextInput key="entityId" source="entityId" />,
  <TextInput key="action" source="action" />,
  <TextInput key="actorId" source="actorId" />,
  <DistrictTimeInput key="from" source="from" />,
  <DistrictTimeInput key="to" source="to" />,
];

const AuditEventListActions = () => (
  <TopToolbar sx={{ alignItems: 'center' }}>
    <VerifyChainButton />
  </TopToolbar>
);

/** The tenant's audit trail, newest first: every change, by whom, when; append-only. */
export const AuditEventList = () => (
  <List filters={auditFilters} sort={{ field: 'seq', order: 'DESC' }} perPage={25} actions={<AuditEventListActions />}>
    <ResponsiveDatagrid
      rowClick="show"
      bulkActionButtons={false}
      data-testid="audit-event-list"
      phone={{
        primaryText: (event) => `${event.entity} · ${event.action}`,
        secondaryText: <LocaleDateField source="occurredAt" />,
        tertiaryText: (event) => `#${event.seq}`,
      }}
    >
      <NumberField source="seq" />
      <LocaleDateField source="occurredAt" />
      <TextField source="context" />
      <TextField source="entity" />
      <TextField source="action" />
      <TextField source="entityId" />
      <TextField source="actorId" emptyText="-" />
    </ResponsiveDatagrid>
  </List>
);
