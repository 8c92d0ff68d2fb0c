import EditNoteIcon from '@mui/icons-material/EditNote';
import RecordVoiceOverIcon from '@mui/icons-material/RecordVoiceOver';
import VerifiedIcon from '@mui/icons-material/Verified';
import { Box, Card, CardActions, CardContent, Chip, Typography } from '@mui/material';
import type { MeetingView } from '@xieshang/contracts';
import { useRecordContext, useTranslate } from 'react-admin';
import { ReasonDialogButton } from '../common/ReasonDialogButton.js';
import { useOrgUnitNames } from '../common/useOrgUnitNames.js';
import { preparing, recordingOpinions } from './meeting-display.rules.js';
import { MeetingCallButton } from './MeetingCallButton.js';

/**
 * 集体研究准备意见: a party sees its own drafts and approved opinions, drafts new ones and (its
 * leader) approves them; organisers see the approved ones and record them as raised once held.
 */
export const PreparedOpinionsTab = () => {
  const meeting = useRecordContext<MeetingView>();
  const translate = useTranslate();
  const nameOf = useOrgUnitNames();
  if (!meeting) return null;
  return (
    <Box data-testid="meeting-prepared">
      {meeting.preparedOpinions.map((opinion) => (
        <Card key={opinion.id} variant="outlined" sx={{ mb: 1 }} data-testid="prepared-opinion" data-status={opinion.status}>
          <CardContent>
            <Typography variant="subtitle2">
              {nameOf(opinion.orgUnitId)}{' '}
              <Chip size="small" color={opinion.status === 'approved' ? 'success' : 'default'} label={translate(`resources.meetings.labels.${opinion.status}`)} />
            </Typography>
            <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
              {opinion.text}
            </Typography>
            <Typography variant="caption">
              {translate('resources.meetings.labels.draftedBy')}: {opinion.draftedByName}
              {opinion.approvedByName ? ` · ${translate('resources.meetings.labels.approvedBy')}: ${opinion.approvedByName}` : ''}
            </Typography>
          </CardContent>
          <CardActions>
            {opinion.status === 'draft' && preparing(meeting) && (
              <MeetingCallButton
                path={`prepared-opinions/${opinion.id}/approve`}
                access="approve-prepared-opinion"
                label="resources.meetings.actions.approve-prepared-opinion"
                icon={<VerifiedIcon />}
                doneMessage="resources.meetings.notifications.approve-prepared-opinion"
                testId="approve-prepared-opinion"
              />
            )}
            {opinion.status === 'approved' && recordingOpinions(meeting) && !meeting.opinions.some((raised) => raised.preparedOpinionId === opinion.id) && (
              <MeetingCallButton
                path="opinions"
                access="record-prepared"
                label="resources.meetings.actions.record-prepared"
                icon={<RecordVoiceOverIcon />}
                doneMessage="resources.meetings.notifications.opinions"
                body={{ partyOrgUnitId: opinion.orgUnitId, raisedByName: nameOf(opinion.orgUnitId), text: opinion.text, preparedOpinionId: opinion.id }}
                testId="record-prepared-opinion"
              />
            )}
          </CardActions>
        </Card>
      ))}
      {meeting.preparedOpinions.length === 0 && <Typography variant="body2">{translate('resources.meetings.labels.nothing')}</Typography>}
      {preparing(meeting) && (
        <ReasonDialogButton
          resource="meetings"
          action="prepared-opinions"
          label="resources.meetings.actions.prepared-opinions"
          icon={<EditNoteIcon />}
          doneMessage="resources.meetings.notifications.prepared-opinions"
          fields={[{ name: 'text', label: 'resources.meetings.dialogs.text', required: true, type: 'multiline' }]}
        />
      )}
    </Box>
  );
};
