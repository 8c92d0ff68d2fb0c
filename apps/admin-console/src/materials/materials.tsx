import DoneIcon from '@mui/icons-material/Done';
import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import type { MaterialView } from '@xieshang/contracts';
import {
  AutocompleteArrayInput,
  Create,
  CreateButton,
  Labeled,
  List,
  maxLength,
  ReferenceArrayInput,
  required,
  SelectField,
  SelectInput,
  Show,
  SimpleForm,
  SimpleShowLayout,
  TextField,
  TextInput,
  TopToolbar,
  useCanAccess,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { LocaleDateField } from '../common/LocaleDateField.js';
import { RecordActionButton } from '../common/RecordActionButton.js';
import { ResponsiveDatagrid } from '../common/ResponsiveDatagrid.js';
import { RecordAttachments } from '../solicitations/RecordAttachments.js';
import { materialKindChoices } from '../solicitations/written-choices.js';
import { DistrictTimeInput } from '../common/DistrictTimeInput.js';
import { useDistrictTime } from '../dashboard/useMe.js';

/** What the caller's unit sent or received (知情明政). */
export const MaterialList = () => (
  <List sort={{ field: 'sentAt', order: 'DESC' }} perPage={25} actions={<TopToolbar><CreateButton /></TopToolbar>}>
    <ResponsiveDatagrid rowClick="show" bulkActionButtons={false} data-testid="material-list" phone={{ primaryText: <TextField source="title" />, secondaryText: <LocaleDateField source="sentAt" /> }}>
      <TextField source="title" />
      <SelectField source="kind" choices={materialKindChoices} />
      <TextField source="senderName" />
      <LocaleDateField source="sentAt" />
    </ResponsiveDatagrid>
  </List>
);

/** A department, an office or UFWD sends materials; a leader invites the branch leaders to a meeting or an inspection. */
export const MaterialCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={{ kind: 'report' }}>
      <SelectInput source="kind" choices={materialKindChoices} validate={required()} />
      <TextInput source="title" validate={[required(), maxLength(200)]} fullWidth />
      <TextInput source="body" multiline minRows={3} fullWidth validate={maxLength(20000)} />
      <DistrictTimeInput source="eventAt" />
      <TextInput source="location" validate={maxLength(200)} />
      <ReferenceArrayInput source="recipientOrgUnitIds" reference="org-units" filter={{ active: true }} perPage={200} sort={{ field: 'kind', order: 'ASC' }}>
        <AutocompleteArrayInput optionText="shortName" validate={required()} fullWidth />
      </ReferenceArrayInput>
    </SimpleForm>
  </Create>
);

const Receipts = () => {
  const record = useRecordContext<MaterialView>();
  const translate = useTranslate();
  const time = useDistrictTime();
  if (!record) return null;
  return (
    <Table size="small" data-testid="material-receipts">
      <TableHead>
        <TableRow>
          <TableCell>{translate('resources.materials.receipts.branch')}</TableCell>
          <TableCell>{translate('resources.materials.receipts.read')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {record.receipts.map((receipt) => (
          <TableRow key={receipt.orgUnitId}>
            <TableCell>{receipt.orgUnitName}</TableCell>
            <TableCell>{receipt.readAt ? `${time.dateTime(receipt.readAt)} ${receipt.readByName ?? ''}` : translate('resources.materials.receipts.unread')}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

const Actions = () => {
  const record = useRecordContext<MaterialView>();
  if (!record || record.receipts.length !== 1 || record.receipts[0]?.readAt) return <TopToolbar />;
  return (
    <TopToolbar>
      <RecordActionButton action="confirm" label="resources.materials.actions.confirm" icon={<DoneIcon />} doneMessage="resources.materials.notifications.confirmed" />
    </TopToolbar>
  );
};

/** The sender's unit adds files; recipients download them. */
const MaterialAttachments = () => {
  const { canAccess } = useCanAccess({ resource: 'materials', action: 'create' });
  return <RecordAttachments resource="materials" canUpload={canAccess === true} />;
};

export const MaterialShow = () => (
  <Show actions={<Actions />}>
    <SimpleShowLayout>
      <TextField source="title" />
      <SelectField source="kind" choices={materialKindChoices} />
      <TextField source="body" emptyText="-" />
      <LocaleDateField source="eventAt" emptyText="-" />
      <TextField source="location" emptyText="-" />
      <TextField source="senderName" />
      <LocaleDateField source="sentAt" />
      <MaterialAttachments />
      <Labeled label="resources.materials.receipts.title">
        <Receipts />
      </Labeled>
    </SimpleShowLayout>
  </Show>
);
