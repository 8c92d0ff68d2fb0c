import RecordVoiceOverIcon from '@mui/icons-material/RecordVoiceOver';
import { Box, Chip, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import type { MeetingView } from '@xieshang/contracts';
import { useRecordContext, useTranslate } from 'react-admin';
import { ReasonDialogButton } from '../common/ReasonDialogButton.js';
import { useOrgUnitNames } from '../common/useOrgUnitNames.js';
import { recordingOpinions } from './meeting-display.rules.js';

/** Who attended, and the opinions raised or handed in, with whether each has gone on to handling. */
export const OpinionsTab = () => {
  const meeting = useRecordContext<MeetingView>();
  const translate = useTranslate();
  const nameOf = useOrgUnitNames();
  if (!meeting) return null;
  const label = (key: string) => translate(`resources.meetings.labels.${key}`);
  return (
    <Box data-testid="meeting-opinions">
      <Typography variant="subtitle2">{label('attendance')}</Typography>
      <Typography variant="body2" data-testid="meeting-attendance">
        {meeting.attendance.map((attendee) => attendee.name).join('、') || label('nothing')}
      </Typography>
      <Typography variant="subtitle2" sx={{ mt: 2 }}>
        {label('opinions')}
      </Typography>
      <List dense>
        {meeting.opinions.map((opinion) => (
          <ListItem key={opinion.id} data-testid="meeting-opinion">
            <ListItemText
              primary={opinion.text}
              secondary={`${opinion.raisedByName}${opinion.partyOrgUnitId ? ` · ${nameOf(opinion.partyOrgUnitId)}` : ''} · ${label(opinion.form)}`}
            />
            <Stack direction="row" spacing={0.5}>
              {opinion.forAgenda && <Chip size="small" color="info" label={label('forAgenda')} />}
              {opinion.transferredAt && <Chip size="small" color="success" label={label('transferred')} />}
            </Stack>
          </ListItem>
        ))}
      </List>
      {meeting.opinions.length === 0 && <Typography variant="body2">{label('nothing')}</Typography>}
      {recordingOpinions(meeting) && (
        <ReasonDialogButton
          resource="meetings"
          action="opinions"
          label="resources.meetings.actions.opinions"
          icon={<RecordVoiceOverIcon />}
          doneMessage="resources.meetings.notifications.opinions"
          fields={[
            { name: 'raisedByName', label: 'resources.meetings.dialogs.raisedByName', required: true },
            { name: 'text', label: 'resources.meetings.dialogs.text', required: true, type: 'multiline' },
          ]}
        />
      )}
    </Box>
  );
};
