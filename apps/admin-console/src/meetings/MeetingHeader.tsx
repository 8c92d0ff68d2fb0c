import { Alert, Box, Chip, Stack, Typography } from '@mui/material';
import type { MeetingView } from '@xieshang/contracts';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { StatusChip } from '../common/StatusChip.js';
import { useOrgUnitNames } from '../common/useOrgUnitNames.js';
import { meetingWhen } from './meeting-display.rules.js';
import { useDistrictZone } from '../dashboard/useMe.js';

/** What the meeting is, when and where, who leads and who is invited, and what needs attention. */
export const MeetingHeader = () => {
  const meeting = useRecordContext<MeetingView>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const zone = useDistrictZone();
  const nameOf = useOrgUnitNames();
  if (!meeting) return null;
  const field = (name: string) => translate(`resources.meetings.fields.${name}`);
  return (
    <Box sx={{ p: 2 }} data-testid="meeting-header">
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', mb: 1 }}>
        <Chip size="small" label={translate(`resources.meetings.types.${meeting.type}`)} />
        <StatusChip resource="meetings" />
        <Chip size="small" variant="outlined" label={translate(`resources.meetings.origins.${meeting.origin}`)} />
      </Stack>
      <Typography variant="body2">
        {field('startsAt')}: {meetingWhen(meeting, locale ?? 'zh-CN', zone)} · {field('place')}: {meeting.place ?? '-'} · {field('chairName')}: {meeting.chairName ?? '-'}
      </Typography>
      <Typography variant="body2">
        {field('leadOrgUnitId')}: {nameOf(meeting.leadOrgUnitId)} · {field('invitedOrgUnitIds')}: {meeting.invitedOrgUnitIds.map(nameOf).join('、') || '-'}
      </Typography>
      {meeting.confidential && <Alert severity="info" sx={{ mt: 1 }}>{translate('resources.meetings.labels.confidential')}</Alert>}
      {meeting.lateNotice && (
        <Alert severity="warning" sx={{ mt: 1 }} data-testid="late-notice">
          {field('lateNotice')}: {meeting.lateNoticeReason}
        </Alert>
      )}
      {meeting.lateDocuments && (
        <Alert severity="warning" sx={{ mt: 1 }} data-testid="late-documents">
          {field('lateDocuments')}: {meeting.lateDocumentsReason}
        </Alert>
      )}
      {meeting.planChange && (
        <Alert severity="warning" sx={{ mt: 1 }} data-testid="plan-change">
          {translate('resources.meetings.labels.plan_change', { revision: meeting.planChange.revision, reason: meeting.planChange.reason })}
        </Alert>
      )}
      {meeting.cancelReason && <Alert severity="error" sx={{ mt: 1 }}>{meeting.cancelReason}</Alert>}
      {meeting.nominees && meeting.nominees.length > 0 && (
        <Box sx={{ mt: 1 }} data-testid="meeting-nominees">
          <Typography variant="subtitle2">{field('nominees')}</Typography>
          {meeting.nominees.map((nominee) => (
            <Typography key={`${nominee.name}-${nominee.position}`} variant="body2">
              {nominee.name}（{nominee.position}）
            </Typography>
          ))}
        </Box>
      )}
    </Box>
  );
};
