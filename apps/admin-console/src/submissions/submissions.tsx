import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import ForwardIcon from '@mui/icons-material/Forward';
import SendIcon from '@mui/icons-material/Send';
import type { SubmissionView } from '@xieshang/contracts';
import {
  ArrayField,
  ArrayInput,
  ChipField,
  Create,
  CreateButton,
  List,
  maxLength,
  required,
  SelectField,
  SelectInput,
  Show,
  SimpleForm,
  SimpleFormIterator,
  SimpleShowLayout,
  SingleFieldList,
  TextField,
  TextInput,
  TopToolbar,
  useRecordContext,
} from 'react-admin';
import { LocaleDateField } from '../common/LocaleDateField.js';
import { ReasonDialogButton } from '../common/ReasonDialogButton.js';
import { RecordActionButton } from '../common/RecordActionButton.js';
import { ResponsiveDatagrid } from '../common/ResponsiveDatagrid.js';
import { StatusChip } from '../common/StatusChip.js';
import { addresseeChoices, submissionKindChoices } from '../solicitations/written-choices.js';
import { SubmitWithReviewButton } from './SubmitWithReviewButton.js';

const label = (action: string) => `resources.submissions.actions.${action}`;
const done = (action: string) => `resources.submissions.notifications.${action}`;

export const SubmissionList = () => (
  <List sort={{ field: 'createdAt', order: 'DESC' }} perPage={25} actions={<TopToolbar><CreateButton /></TopToolbar>}>
    <ResponsiveDatagrid rowClick="show" bulkActionButtons={false} data-testid="submission-list" phone={{ primaryText: <TextField source="title" />, secondaryText: <TextField source="orgUnitName" />, tertiaryText: <StatusChip resource="submissions" /> }}>
      <TextField source="title" />
      <SelectField source="kind" choices={submissionKindChoices} />
      <TextField source="orgUnitName" />
      <StatusChip resource="submissions" label="resources.submissions.fields.status" />
      <LocaleDateField source="submittedAt" emptyText="-" />
    </ResponsiveDatagrid>
  </List>
);

/** A branch's report or proposal, or a party leader's advice in their own name; each recommendation becomes an opinion. */
export const SubmissionCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={{ kind: 'research_report', addressee: 'party_committee', recommendations: [''] }}>
      <SelectInput source="kind" choices={submissionKindChoices} validate={required()} />
      <SelectInput source="addressee" choices={addresseeChoices} validate={required()} />
      <TextInput source="title" validate={[required(), maxLength(200)]} fullWidth />
      <TextInput source="body" validate={[required(), maxLength(50000)]} multiline minRows={4} fullWidth />
      <ArrayInput source="recommendations" validate={required()}>
        <SimpleFormIterator disableReordering>
          <TextInput source="" label="resources.submissions.fields.recommendation" validate={[required(), maxLength(5000)]} multiline fullWidth helperText={false} />
        </SimpleFormIterator>
      </ArrayInput>
    </SimpleForm>
  </Create>
);

const Actions = () => {
  const record = useRecordContext<SubmissionView>();
  if (!record) return null;
  const pending = ['draft', 'awaiting_leader'].includes(record.status);
  return (
    <TopToolbar>
      {record.status === 'draft' && record.collective && <RecordActionButton action="request-approval" label={label('request_approval')} icon={<SendIcon />} doneMessage={done('stepped')} />}
      {pending && (record.collective ? <SubmitWithReviewButton /> : <RecordActionButton action="submit" label={label('submit')} icon={<SendIcon />} doneMessage={done('stepped')} />)}
      {record.status === 'submitted' && <ReasonDialogButton resource="submissions" action="forward" label={label('forward')} icon={<ForwardIcon />} doneMessage={done('stepped')} fields={[{ name: 'note', label: 'resources.submissions.fields.forwardNote', type: 'multiline' }]} />}
      {record.kind === 'research_report' && !record.escalatedAt && ['submitted', 'forwarded'].includes(record.status) && (
        <ReasonDialogButton resource="submissions" action="escalate" label={label('escalate')} icon={<ArrowUpwardIcon />} doneMessage={done('stepped')} fields={[{ name: 'note', label: 'resources.submissions.fields.escalationNote', type: 'multiline' }]} />
      )}
    </TopToolbar>
  );
};

export const SubmissionShow = () => (
  <Show actions={<Actions />}>
    <SimpleShowLayout>
      <TextField source="title" />
      <SelectField source="kind" choices={submissionKindChoices} />
      <SelectField source="addressee" choices={addresseeChoices} />
      <TextField source="orgUnitName" />
      <TextField source="authorName" />
      <StatusChip resource="submissions" label="resources.submissions.fields.status" />
      <TextField source="body" />
      <ArrayField source="recommendations">
        <SingleFieldList linkType={false}>
          <ChipField source="" />
        </SingleFieldList>
      </ArrayField>
      <TextField source="approvedByName" emptyText="-" />
      <LocaleDateField source="submittedAt" emptyText="-" />
      <LocaleDateField source="forwardedAt" emptyText="-" />
      <LocaleDateField source="escalatedAt" emptyText="-" />
      <StatusChip resource="escalations" source="cityDecision" label="resources.submissions.fields.cityDecision" />
      <TextField source="cityNote" emptyText="-" />
    </SimpleShowLayout>
  </Show>
);
