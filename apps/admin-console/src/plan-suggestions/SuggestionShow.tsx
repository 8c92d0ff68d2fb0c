import CloseIcon from '@mui/icons-material/Close';
import SendIcon from '@mui/icons-material/Send';
import UndoIcon from '@mui/icons-material/Undo';
import type { PlanSuggestionView } from '@xieshang/contracts';
import type { ReactElement } from 'react';
import {
  EditButton,
  ReferenceField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useRecordContext,
} from 'react-admin';
import { LocaleDateField } from '../common/LocaleDateField.js';
import { RecordActionButton } from '../common/RecordActionButton.js';
import { ReasonDialogButton } from '../common/ReasonDialogButton.js';
import { StatusChip } from '../common/StatusChip.js';
import { AcceptSuggestionButton } from './AcceptSuggestionButton.js';

const done = (action: string) => `resources.plan-suggestions.notifications.${action}`;
const label = (action: string) => `resources.plan-suggestions.actions.${action}`;

/** Each state offers its next steps, to the role that takes them: member, branch leader, office/UFWD. */
const SuggestionActions = () => {
  const suggestion = useRecordContext<PlanSuggestionView>();
  if (!suggestion) return null;
  return (
    <TopToolbar>
      {suggestion.status === 'draft' && (
        <>
          <EditButton />
          <RecordActionButton action="submit" label={label('submit')} icon={<SendIcon />} doneMessage={done('submit')} />
        </>
      )}
      {suggestion.status === 'awaiting_leader' && (
        <>
          <RecordActionButton action="approve" label={label('approve')} icon={<SendIcon />} doneMessage={done('approve')} />
          <ReasonDialogButton
            resource="plan-suggestions"
            action="return"
            label={label('return')}
            icon={<UndoIcon />}
            doneMessage={done('return')}
            fields={[{ name: 'note', label: 'resources.plan-suggestions.dialogs.note', required: true, type: 'multiline' }]}
          />
        </>
      )}
      {suggestion.status === 'sent' && (
        <>
          <AcceptSuggestionButton />
          <ReasonDialogButton
            resource="plan-suggestions"
            action="decline"
            label={label('decline')}
            icon={<CloseIcon />}
            doneMessage={done('decline')}
            fields={[{ name: 'reason', label: 'resources.plan-suggestions.dialogs.reason', required: true, type: 'multiline' }]}
          />
        </>
      )}
    </TopToolbar>
  );
};

/** Shows a field only when the suggestion has it (a note, a decision, a reason). */
const WhenSet = ({ source, children }: { source: keyof PlanSuggestionView; children: ReactElement; label?: string }) => {
  const suggestion = useRecordContext<PlanSuggestionView>();
  return suggestion?.[source] ? children : null;
};

export const SuggestionShow = () => (
  <Show actions={<SuggestionActions />}>
    <SimpleShowLayout>
      <ReferenceField source="planId" reference="plans" link="show" />
      <ReferenceField source="orgUnitId" reference="org-units" link={false} />
      <TextField source="topic" data-testid="suggestion-topic" />
      <TextField source="reason" />
      <StatusChip resource="plan-suggestions" label="resources.plan-suggestions.fields.status" />
      <TextField source="authorName" />
      <TextField source="leaderNote" emptyText="-" />
      <TextField source="approvedByName" emptyText="-" />
      <LocaleDateField source="sentAt" emptyText="-" />
      <LocaleDateField source="decidedAt" emptyText="-" />
      <WhenSet source="declineReason" label="resources.plan-suggestions.fields.declineReason">
        <TextField source="declineReason" data-testid="suggestion-decline-reason" />
      </WhenSet>
    </SimpleShowLayout>
  </Show>
);
