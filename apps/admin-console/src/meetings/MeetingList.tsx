import type { MeetingView } from '@xieshang/contracts';
import { Chip, Stack } from '@mui/material';
import {
  BooleanInput,
  CreateButton,
  FunctionField,
  List,
  NumberInput,
  SearchInput,
  SelectField,
  SelectInput,
  TextField,
  TopToolbar,
  useLocaleState,
  useTranslate,
} from 'react-admin';
import { ResponsiveDatagrid } from '../common/ResponsiveDatagrid.js';
import { StatusChip } from '../common/StatusChip.js';
import { meetingWhen } from './meeting-display.rules.js';
import { meetingStatusChoices, meetingTodoChoices, meetingTypeChoices } from './meeting-choices.js';
import { useDistrictZone } from '../dashboard/useMe.js';

const meetingFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  // The party's view: its invitations whose documents wait to be read, opinions to prepare or drafts to approve.
  <SelectInput key="todo" source="todo" choices={meetingTodoChoices} />,
  <NumberInput key="year" source="year" alwaysOn />,
  <SelectInput key="type" source="type" choices={meetingTypeChoices} />,
  <SelectInput key="status" source="status" choices={meetingStatusChoices} />,
  <BooleanInput key="late" source="late" />,
];

/** The notice or the documents went out inside the lead time. */
export const LateFlags = () => {
  const translate = useTranslate();
  return (
    <FunctionField<MeetingView>
      label="resources.meetings.fields.late"
      render={(meeting) => (
        <Stack direction="row" spacing={0.5}>
          {meeting.lateNotice && <Chip size="small" color="warning" label={translate('resources.meetings.fields.lateNotice')} data-testid="late-notice" />}
          {meeting.lateDocuments && <Chip size="small" color="warning" label={translate('resources.meetings.fields.lateDocuments')} data-testid="late-documents" />}
        </Stack>
      )}
    />
  );
};

const When = () => {
  const [locale] = useLocaleState();
  const zone = useDistrictZone();
  return <FunctionField<MeetingView> label="resources.meetings.fields.startsAt" render={(meeting) => meetingWhen(meeting, locale ?? 'zh-CN', zone)} />;
};

/** The district's meetings (a party sees those it is invited to), with type, day, state and lead-time flags. */
export const MeetingList = () => (
  <List filters={meetingFilters} sort={{ field: 'startsAt', order: 'DESC' }} perPage={25} actions={<TopToolbar><CreateButton /></TopToolbar>}>
    <ResponsiveDatagrid
      rowClick="show"
      bulkActionButtons={false}
      data-testid="meeting-list"
      phone={{
        primaryText: <TextField source="title" />,
        secondaryText: <When />,
        tertiaryText: <StatusChip resource="meetings" />,
      }}
    >
      <TextField source="title" />
      <SelectField source="type" choices={meetingTypeChoices} />
      <When />
      <StatusChip resource="meetings" label="resources.meetings.fields.status" />
      <LateFlags />
    </ResponsiveDatagrid>
  </List>
);
