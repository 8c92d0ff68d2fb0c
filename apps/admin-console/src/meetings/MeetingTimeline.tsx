import { List, ListItem, ListItemText } from '@mui/material';
import type { MeetingView } from '@xieshang/contracts';
import { useRecordContext, useTranslate } from 'react-admin';
import { useDistrictTime } from '../dashboard/useMe.js';

/** Every step of the meeting, oldest first: what happened, who did it, when, and why when a reason was needed. */
export const MeetingTimeline = () => {
  const meeting = useRecordContext<MeetingView>();
  const translate = useTranslate();
  const time = useDistrictTime();
  if (!meeting) return null;
  return (
    <List dense data-testid="meeting-timeline" aria-label={translate('resources.meetings.tabs.timeline')}>
      {meeting.steps.map((step, index) => (
        <ListItem key={`${step.step}-${index}`} data-step={step.step}>
          <ListItemText
            primary={translate(`resources.meetings.timeline.${step.step}`, { _: step.step })}
            secondary={`${step.actorName} · ${time.dateTime(step.at)}${step.reason ? ` · ${step.reason}` : ''}`}
          />
        </ListItem>
      ))}
    </List>
  );
};
