import BlockIcon from '@mui/icons-material/Block';
import CampaignIcon from '@mui/icons-material/Campaign';
import DescriptionIcon from '@mui/icons-material/Description';
import DoneAllIcon from '@mui/icons-material/DoneAll';
import EventAvailableIcon from '@mui/icons-material/EventAvailable';
import ForwardIcon from '@mui/icons-material/Forward';
import NoteAltIcon from '@mui/icons-material/NoteAlt';
import SyncIcon from '@mui/icons-material/Sync';
import type { MeetingAction, MeetingView } from '@xieshang/contracts';
import type { ReactElement } from 'react';
import { useDataProvider, useRecordContext, useTranslate, type RaRecord } from 'react-admin';
import { ReasonDialogButton } from '../common/ReasonDialogButton.js';
import type { ConsoleDataProvider } from '../dataProvider.js';
import { attendeesFromLines } from './meeting-display.rules.js';
import { MeetingCallButton } from './MeetingCallButton.js';

const done = (action: string) => `resources.meetings.notifications.${action}`;
const label = (action: string) => `resources.meetings.actions.${action}`;

/** The notice or the documents: inside the lead time the reason is asked for. */
const LateStepButton = ({ action, icon }: { action: 'notice' | 'provide-documents'; icon: ReactElement }) => {
  const translate = useTranslate();
  return (
    <ReasonDialogButton
      resource="meetings"
      action={action}
      label={label(action)}
      icon={icon}
      doneMessage={done(action)}
      hint={translate('resources.meetings.dialogs.late_hint')}
      fields={[{ name: 'lateReason', label: 'resources.meetings.dialogs.lateReason', type: 'multiline' }]}
    />
  );
};

const HoldButton = () => {
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  return (
    <ReasonDialogButton
      resource="meetings"
      action="hold"
      label={label('hold')}
      icon={<EventAvailableIcon />}
      doneMessage={done('hold')}
      fields={[{ name: 'attendance', label: 'resources.meetings.dialogs.attendance', required: true, type: 'multiline' }]}
      submit={(record: RaRecord, body) => dataProvider.runAction('meetings', record.id, 'hold', { attendance: attendeesFromLines(body.attendance ?? '') })}
    />
  );
};

const BUTTONS: Record<MeetingAction, () => ReactElement> = {
  notice: () => <LateStepButton action="notice" icon={<CampaignIcon />} />,
  'provide-documents': () => <LateStepButton action="provide-documents" icon={<DescriptionIcon />} />,
  hold: () => <HoldButton />,
  'record-minutes': () => (
    <ReasonDialogButton
      resource="meetings"
      action="record-minutes"
      label={label('record-minutes')}
      icon={<NoteAltIcon />}
      doneMessage={done('record-minutes')}
      fields={[{ name: 'text', label: 'resources.meetings.dialogs.minutes', required: true, type: 'multiline' }]}
    />
  ),
  'transfer-outcomes': () => (
    <MeetingCallButton path="transfer-outcomes" access="transfer-outcomes" label={label('transfer-outcomes')} icon={<ForwardIcon />} doneMessage={done('transfer-outcomes')} confirmTitle="resources.meetings.dialogs.transfer_confirm" />
  ),
  close: () => <MeetingCallButton path="close" access="close" label={label('close')} icon={<DoneAllIcon />} doneMessage={done('close')} confirmTitle="resources.meetings.dialogs.close_confirm" />,
  cancel: () => (
    <ReasonDialogButton
      resource="meetings"
      action="cancel"
      label={label('cancel')}
      icon={<BlockIcon />}
      doneMessage={done('cancel')}
      fields={[{ name: 'reason', label: 'resources.meetings.dialogs.reason', required: true, type: 'multiline' }]}
    />
  ),
};

/** The steps the signed-in person may take now, as meeting-service names them in `actions`. */
export const MeetingActionButtons = () => {
  const meeting = useRecordContext<MeetingView>();
  if (!meeting) return null;
  return (
    <>
      {meeting.actions.map((action) => (
        <span key={action}>{BUTTONS[action as MeetingAction]?.()}</span>
      ))}
      {meeting.planChange && (
        <MeetingCallButton
          path="accept-plan-change"
          access="accept-plan-change"
          label={label('accept-plan-change')}
          icon={<SyncIcon />}
          doneMessage={done('accept-plan-change')}
          confirmTitle="resources.meetings.dialogs.accept_confirm"
        />
      )}
    </>
  );
};
