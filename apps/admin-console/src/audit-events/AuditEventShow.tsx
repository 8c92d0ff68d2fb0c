import { NumberField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { LocaleDateField } from '../common/LocaleDateField.js';
import { BeforeAfterField } from './BeforeAfterField.js';

/** One audit record: who did what to which record, the change itself, and its links in the chain. */
export const AuditEventShow = () => (
  <Show actions={false}>
    <SimpleShowLayout>
      <NumberField source="seq" />
      <LocaleDateField source="occurredAt" />
      <TextField source="context" />
      <TextField source="entity" />
      <TextField source="entityId" />
      <TextField source="action" />
      <TextField source="actorId" emptyText="-" />
      <TextField source="correlationId" emptyText="-" />
      <BeforeAfterField label="resources.audit-events.fields.change" />
      <TextField source="hash" sx={{ fontFamily: 'monospace', wordBreak: 'break-all' }} />
      <TextField source="previousHash" emptyText="-" sx={{ fontFamily: 'monospace', wordBreak: 'break-all' }} />
    </SimpleShowLayout>
  </Show>
);
