import { Typography } from '@mui/material';
import type { MeetingView } from '@xieshang/contracts';
import { Show, TabbedShowLayout, TabbedShowLayoutTabs, TopToolbar, useRecordContext, useTranslate } from 'react-admin';
import { MeetingActionButtons } from './MeetingActionButtons.js';
import { DownloadMeetingFileButton, UploadMeetingFileButton } from './MeetingFileButtons.js';
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
  if (!meeting) return null;
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
        <DownloadMeetingFileButton path="minutes-attachment" fileName={meeting.minutes.attachment.fileName} label={meeting.minutes.attachment.fileName} />
      )}
      {recording && (
        <UploadMeetingFileButton target="minutes-attachment" label="resources.meetings.actions.minutes-attachment" doneMessage="resources.meetings.notifications.minutes-attachment" />
      )}
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
