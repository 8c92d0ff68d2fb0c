import { Typography } from '@mui/material';
import type { MeetingView } from '@xieshang/contracts';
import { Show, TabbedShowLayout, TabbedShowLayoutTabs, TopToolbar, useCanAccess, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { DocumentLink, DocumentUploadButton } from '../documents/index.js';
import { MeetingActionButtons } from './MeetingActionButtons.js';
import { MeetingHeader } from './MeetingHeader.js';
import { MeetingReadingTab } from './MeetingReadingTab.js';
import { MeetingTimeline } from './MeetingTimeline.js';
import { OpinionsTab } from './OpinionsTab.js';
import { PreparedOpinionsTab } from './PreparedOpinionsTab.js';

const MeetingTitle = () => {
  const meeting = useRecordContext<MeetingView>();
  return <span>{meeting?.title ?? ''}</span>;
};

const MinutesTab = () => {
  const meeting = useRecordContext<MeetingView>();
  const translate = useTranslate();
  const refresh = useRefresh();
  const { canAccess: mayAttach } = useCanAccess({ resource: 'meetings', action: 'minutes-attachment' });
  if (!meeting) return null;
  // The attachment's route is `/meetings/<id>/minutes-attachment`: the meeting's path, the attachment as its "document".
  const meetingPath = `/meetings/${encodeURIComponent(meeting.id)}`;
  const recording = ['held', 'minutes_recorded', 'outcomes_transferred'].includes(meeting.status);
  return (
    <div data-testid="meeting-minutes">
      {!meeting.minutes && <Typography variant="body2">{translate('resources.meetings.labels.no_minutes')}</Typography>}
      {meeting.minutes?.text && (
        <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
          {meeting.minutes.text}
        </Typography>
      )}
      {meeting.minutes?.recordedByName && <Typography variant="caption">{meeting.minutes.recordedByName}</Typography>}
      {meeting.minutes?.attachment && (
        <DocumentLink basePath={meetingPath} document={{ ...meeting.minutes.attachment, id: 'minutes-attachment' }} />
      )}
      {recording && mayAttach && <DocumentUploadButton path={`${meetingPath}/minutes-attachment`} label="resources.meetings.actions.minutes-attachment" onUploaded={refresh} />}
    </div>
  );
};

/** The meeting: what and when, the steps the person may take, its timeline, reading, prepared and raised opinions, minutes. */
export const MeetingShow = () => (
  <Show
    title={<MeetingTitle />}
    actions={
      <TopToolbar sx={{ flexWrap: 'wrap' }}>
        <MeetingActionButtons />
      </TopToolbar>
    }
  >
    <MeetingHeader />
    <TabbedShowLayout tabs={<TabbedShowLayoutTabs variant="scrollable" scrollButtons="auto" allowScrollButtonsMobile />}>
      <TabbedShowLayout.Tab label="resources.meetings.tabs.timeline">
        <MeetingTimeline />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.meetings.tabs.documents" path="documents">
        <MeetingReadingTab />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.meetings.tabs.prepared" path="prepared">
        <PreparedOpinionsTab />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.meetings.tabs.opinions" path="opinions">
        <OpinionsTab />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.meetings.tabs.minutes" path="minutes">
        <MinutesTab />
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  </Show>
);
