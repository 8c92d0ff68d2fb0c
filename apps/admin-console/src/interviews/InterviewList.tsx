import { INTERVIEW_ORIGINS, INTERVIEW_STATUSES } from '@xieshang/contracts';
import { CreateButton, FunctionField, List, SearchInput, SelectField, SelectInput, TextField, TopToolbar, type RaRecord } from 'react-admin';
import { LocaleDateField } from '../common/LocaleDateField.js';
import { ResponsiveDatagrid } from '../common/ResponsiveDatagrid.js';
import { StatusChip } from '../common/StatusChip.js';
import { useOrgUnitNames } from '../common/useOrgUnitNames.js';

const choices = (values: readonly string[], prefix: string) => values.map((id) => ({ id, name: `${prefix}.${id}` }));
export const interviewStatusChoices = choices(INTERVIEW_STATUSES, 'resources.interviews.statuses');
export const interviewOriginChoices = choices(INTERVIEW_ORIGINS, 'resources.interviews.origins');

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={interviewStatusChoices} alwaysOn />,
  <SelectInput key="origin" source="origin" choices={interviewOriginChoices} />,
];

const Actions = () => (
  <TopToolbar>
    <CreateButton />
  </TopToolbar>
);

/** Interviews both ways: what the parties asked for and what the leaders invited, newest first. */
export const InterviewList = () => {
  const partyName = useOrgUnitNames();
  const party = <FunctionField source="partyOrgUnitId" render={(record: RaRecord) => partyName(record.partyOrgUnitId as string)} />;
  return (
    <List filters={filters} sort={{ field: 'createdAt', order: 'DESC' }} perPage={25} actions={<Actions />}>
      <ResponsiveDatagrid
        rowClick="show"
        bulkActionButtons={false}
        data-testid="interview-list"
        phone={{ primaryText: <TextField source="subject" />, secondaryText: party, tertiaryText: <StatusChip resource="interviews" /> }}
      >
        <TextField source="subject" />
        {party}
        <SelectField source="origin" choices={interviewOriginChoices} />
        <StatusChip resource="interviews" label="resources.interviews.fields.status" />
        <TextField source="leaderName" emptyText="-" />
        <LocaleDateField source="startsAt" emptyText="-" />
        <TextField source="place" emptyText="-" />
      </ResponsiveDatagrid>
    </List>
  );
};
