import CheckIcon from '@mui/icons-material/Check';
import CloseIcon from '@mui/icons-material/Close';
import { Box, List as MuiList, ListItem, ListItemText, Typography } from '@mui/material';
import type { InterviewView } from '@xieshang/contracts';
import {
  FunctionField,
  Labeled,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  usePermissions,
  useRecordContext,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import type { ConsolePermissions } from '../authProvider.js';
import { LocaleDateField } from '../common/LocaleDateField.js';
import { ReasonDialogButton } from '../common/ReasonDialogButton.js';
import { RecordActionButton } from '../common/RecordActionButton.js';
import { StatusChip } from '../common/StatusChip.js';
import { useOrgUnitNames } from '../common/useOrgUnitNames.js';
import { CPC_ROLES, holdsAny } from './interview-roles.js';
import { InterviewDocuments } from './InterviewDocuments.js';
import { interviewOriginChoices } from './InterviewList.js';
import { RecordInterviewButton } from './RecordInterviewButton.js';
import { ScheduleInterviewButton } from './ScheduleInterviewButton.js';
import { useDistrictTime } from '../dashboard/useMe.js';


const label = (action: string) => `resources.interviews.actions.${action}`;
const done = (action: string) => `resources.interviews.notifications.${action}`;

/**
 * Each state offers its next steps; the buttons show only to the roles that take them. A party's
 * leader may decline an invitation, never their own party's request.
 */
const InterviewActions = () => {
  const interview = useRecordContext<InterviewView>();
  const { permissions } = usePermissions<ConsolePermissions>();
  if (!interview) return null;
  const open = interview.status === 'requested' || interview.status === 'scheduled';
  const mayDecline = interview.origin === 'cpc' || holdsAny(permissions?.roles ?? [], CPC_ROLES);
  return (
    <TopToolbar>
      {interview.status === 'requested' && <ScheduleInterviewButton />}
      {interview.status === 'scheduled' && <RecordActionButton action="hold" label={label('hold')} icon={<CheckIcon />} doneMessage={done('hold')} />}
      {interview.status === 'held' && <RecordInterviewButton />}
      {open && mayDecline && (
        <ReasonDialogButton
          resource="interviews"
          action="decline"
          label={label('decline')}
          icon={<CloseIcon />}
          doneMessage={done('decline')}
          fields={[{ name: 'reason', label: 'resources.interviews.dialogs.reason', required: true, type: 'multiline' }]}
        />
      )}
    </TopToolbar>
  );
};

/** The timeline: each step taken, when and by whom. */
const Steps = () => {
  const interview = useRecordContext<InterviewView>();
  const translate = useTranslate();
  const time = useDistrictTime();
  if (!interview) return null;
  return (
    <MuiList dense data-testid="interview-steps" aria-label={translate('resources.interviews.fields.steps')}>
      {interview.steps.map((step) => (
        <ListItem key={step.step} disableGutters data-step={step.step}>
          <ListItemText
            primary={translate(`resources.interviews.steps.${step.step}`)}
            secondary={`${time.dateTime(step.at)}${step.byName ? ` · ${step.byName}` : ''}`}
          />
        </ListItem>
      ))}
    </MuiList>
  );
};

/** What was raised, each with who raised it. */
const Opinions = () => {
  const interview = useRecordContext<InterviewView>();
  const translate = useTranslate();
  if (!interview || interview.opinions.length === 0) return <Typography variant="body2">-</Typography>;
  return (
    <MuiList dense data-testid="interview-opinions">
      {interview.opinions.map((opinion) => (
        <ListItem key={opinion.id} disableGutters>
          <ListItemText primary={opinion.text} secondary={translate('resources.interviews.raised_by', { name: opinion.raisedByName })} />
        </ListItem>
      ))}
    </MuiList>
  );
};

/** An interview: who asked, what for, when and where (on the district's clock), and each step taken. */
export const InterviewShow = () => {
  const partyName = useOrgUnitNames();
  return (
    <Show actions={<InterviewActions />}>
      <SimpleShowLayout>
        <TextField source="subject" data-testid="interview-subject" />
        <FunctionField source="partyOrgUnitId" render={(record: RaRecord) => partyName(record.partyOrgUnitId as string)} />
        <SelectField source="origin" choices={interviewOriginChoices} />
        <StatusChip resource="interviews" label="resources.interviews.fields.status" />
        <TextField source="information" sx={{ whiteSpace: 'pre-wrap' }} />
        <TextField source="leaderName" emptyText="-" />
        <TextField source="preferredLeader" emptyText="-" />
        <LocaleDateField source="startsAt" emptyText="-" />
        <TextField source="place" emptyText="-" />
        <TextField source="requestedByName" />
        <TextField source="declineReason" emptyText="-" data-testid="interview-decline-reason" />
        <TextField source="summary" emptyText="-" sx={{ whiteSpace: 'pre-wrap' }} />
        <Labeled label="resources.interviews.fields.documents">
          <Box>
            <InterviewDocuments />
          </Box>
        </Labeled>
        <Labeled label="resources.interviews.fields.steps">
          <Box>
            <Steps />
          </Box>
        </Labeled>
        <Labeled label="resources.interviews.fields.opinions">
          <Box>
            <Opinions />
          </Box>
        </Labeled>
      </SimpleShowLayout>
    </Show>
  );
};
