import MenuBookIcon from '@mui/icons-material/MenuBook';
import { Box, Chip, List, ListItem, ListItemText, Typography } from '@mui/material';
import type { MeetingView } from '@xieshang/contracts';
import { useCanAccess, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { useOrgUnitNames } from '../common/useOrgUnitNames.js';
import { DocumentLink, DocumentUploadButton } from '../documents/index.js';
import { mustConfirmReading } from './meeting-display.rules.js';
import { MeetingCallButton } from './MeetingCallButton.js';
import { useMyOrgUnit } from './useMyOrgUnit.js';
import { useDistrictTime } from '../dashboard/useMe.js';

/** The meeting's documents, and for each invited party whether it has read them (集中阅读). */
export const MeetingReadingTab = () => {
  const meeting = useRecordContext<MeetingView>();
  const translate = useTranslate();
  const time = useDistrictTime();
  const nameOf = useOrgUnitNames();
  const myOrgUnit = useMyOrgUnit();
  const refresh = useRefresh();
  const notify = useNotify();
  const { canAccess: mayUpload } = useCanAccess({ resource: 'meetings', action: 'documents' });
  if (!meeting) return null;
  const basePath = `/meetings/${encodeURIComponent(meeting.id)}/documents`;
  return (
    <Box data-testid="meeting-reading">
      <Typography variant="subtitle2">{translate('resources.meetings.labels.documents')}</Typography>
      <List dense>
        {meeting.documents.map((document) => (
          <ListItem key={`${document.id}-${document.version}`} data-testid="meeting-document">
            <ListItemText primary={`${document.title} (v${document.version})`} secondary={`${document.fileName} · ${document.uploadedByName}`} />
            <DocumentLink basePath={basePath} document={document} path={`${basePath}/${encodeURIComponent(document.id)}?version=${document.version}`} />
          </ListItem>
        ))}
      </List>
      {meeting.documents.length === 0 && <Typography variant="body2">{translate('resources.meetings.labels.nothing')}</Typography>}
      {mayUpload && ['planned', 'noticed', 'documents_ready'].includes(meeting.status) && (
        <DocumentUploadButton
          path={basePath}
          label="resources.meetings.actions.documents"
          onUploaded={() => {
            notify('resources.meetings.notifications.documents', { type: 'success' });
            refresh();
          }}
        />
      )}
      <Typography variant="subtitle2">{translate('resources.meetings.labels.readBy')}</Typography>
      <List dense>
        {meeting.invitedOrgUnitIds.map((orgUnitId) => {
          const reading = meeting.readings.find((read) => read.orgUnitId === orgUnitId);
          return (
            <ListItem key={orgUnitId} data-testid={`reading-${orgUnitId}`} data-read={reading ? 'yes' : 'no'}>
              <ListItemText primary={nameOf(orgUnitId)} secondary={reading ? `${reading.personName} · ${time.dateTime(reading.at)}` : undefined} />
              <Chip size="small" color={reading ? 'success' : 'default'} label={translate(reading ? 'resources.meetings.labels.readAt' : 'resources.meetings.labels.notRead')} />
            </ListItem>
          );
        })}
      </List>
      {mustConfirmReading(meeting, myOrgUnit) && (
        <MeetingCallButton
          path="confirm-reading"
          access="confirm-reading"
          label="resources.meetings.actions.confirm-reading"
          icon={<MenuBookIcon />}
          doneMessage="resources.meetings.notifications.confirm-reading"
        />
      )}
    </Box>
  );
};
