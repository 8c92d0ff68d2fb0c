import CloseIcon from '@mui/icons-material/Close';
import SendIcon from '@mui/icons-material/Send';
import { Stack, Typography } from '@mui/material';
import type { SolicitationView } from '@xieshang/contracts';
import { EditButton, Labeled, Show, TextField, TopToolbar, useCanAccess, useRecordContext, useTranslate } from 'react-admin';
import { LocaleDateField } from '../common/LocaleDateField.js';
import { RecordActionButton } from '../common/RecordActionButton.js';
import { StatusChip } from '../common/StatusChip.js';
import { BranchReplyPanel } from './BranchReplyPanel.js';
import { RecipientsPanel } from './RecipientsPanel.js';
import { RecordAttachments } from './RecordAttachments.js';
import { RepliesSideBySide } from './RepliesSideBySide.js';
import { SummaryPanel } from './SummaryPanel.js';

const label = (action: string) => `resources.solicitations.actions.${action}`;
const done = (action: string) => `resources.solicitations.notifications.${action}`;

const Actions = () => {
  const record = useRecordContext<SolicitationView>();
  const { canAccess: edits } = useCanAccess({ resource: 'solicitations', action: 'edit' });
  if (!record) return null;
  return (
    <TopToolbar>
      {record.status === 'draft' && edits && <EditButton data-testid="solicitation-edit" />}
      {record.status === 'draft' && <RecordActionButton action="send" label={label('send')} icon={<SendIcon />} doneMessage={done('send')} />}
      {record.status === 'sent' && (
        <RecordActionButton action="close" label={label('close')} icon={<CloseIcon />} doneMessage={done('close')} confirmTitle="resources.solicitations.dialogs.close" />
      )}
    </TopToolbar>
  );
};

const Sections = () => {
  const record = useRecordContext<SolicitationView>();
  const translate = useTranslate();
  if (!record || record.sections.length === 0) return null;
  return (
    <Labeled label="resources.solicitations.fields.sections">
      <ol data-testid="solicitation-sections">
        {record.sections.map((section) => (
          <li key={section.key}>
            {section.key} {section.title}
          </li>
        ))}
        <li>{translate('resources.solicitations.helper.whole_document')}</li>
      </ol>
    </Labeled>
  );
};

/** What each reader does here: office/UFWD watch the branches and summarise, a branch drafts and approves its reply. */
const Body = () => {
  const record = useRecordContext<SolicitationView>();
  const { canAccess: drafts } = useCanAccess({ resource: 'replies', action: 'create' });
  const { canAccess: watches } = useCanAccess({ resource: 'solicitations', action: 'edit' });
  const { canAccess: readsSummary } = useCanAccess({ resource: 'solicitations', action: 'export' });
  if (!record) return null;
  return (
    <Stack spacing={1} sx={{ p: 2 }}>
      <Typography variant="h5" component="h2" data-testid="solicitation-title">
        {record.title}
      </Typography>
      <StatusChip resource="solicitations" />
      <Labeled>
        <TextField source="documentVersion" />
      </Labeled>
      <Labeled>
        <TextField source="description" emptyText="-" />
      </Labeled>
      <Labeled>
        <LocaleDateField source="replyDeadline" />
      </Labeled>
      <Sections />
      <RecordAttachments resource="solicitations" canUpload={watches === true && record.status === 'draft'} />
      {record.status !== 'draft' && <RecipientsPanel />}
      {drafts && record.status !== 'draft' && <BranchReplyPanel />}
      {watches && record.status !== 'draft' && <RepliesSideBySide />}
      {readsSummary && watches && record.status !== 'draft' && <SummaryPanel />}
    </Stack>
  );
};

export const SolicitationShow = () => (
  <Show actions={<Actions />}>
    <Body />
  </Show>
);
