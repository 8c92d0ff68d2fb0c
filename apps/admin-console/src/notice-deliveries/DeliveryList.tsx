import { List, NumberField, SelectField, SelectInput, TextField, TextInput } from 'react-admin';
import { ResponsiveDatagrid } from '../common/ResponsiveDatagrid.js';
import { LocaleDateField } from '../common/LocaleDateField.js';

const channelChoices = ['mail', 'sms'].map((id) => ({ id, name: `resources.notice-deliveries.channels.${id}` }));
const statusChoices = ['pending', 'sent', 'failed'].map((id) => ({ id, name: `resources.notice-deliveries.statuses.${id}` }));

const filters = [<SelectInput key="status" source="status" choices={statusChoices} alwaysOn />, <TextInput key="q" source="q" label="resources.notice-deliveries.fields.subject" alwaysOn />];

/** The district's mails and text messages for its administrator: waiting, sent, or failed with the reason. */
export const DeliveryList = () => (
  <List filters={filters} sort={{ field: 'createdAt', order: 'DESC' }} perPage={25} exporter={false}>
    <ResponsiveDatagrid
      bulkActionButtons={false}
      rowClick={false}
      data-testid="delivery-list"
      phone={{ primaryText: <TextField source="subject" />, secondaryText: <SelectField source="status" choices={statusChoices} /> }}
    >
      <LocaleDateField source="createdAt" />
      <SelectField source="channel" choices={channelChoices} />
      <TextField source="to" />
      <TextField source="subject" />
      <SelectField source="status" choices={statusChoices} />
      <NumberField source="attempts" />
      <TextField source="lastError" emptyText="-" />
      <LocaleDateField source="sentAt" emptyText="-" />
    </ResponsiveDatagrid>
  </List>
);
