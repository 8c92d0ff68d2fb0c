import { BooleanInput, FunctionField, List, NumberField, SearchInput, SelectInput, TextField, TopToolbar, CreateButton } from 'react-admin';
import { CASE_STATUSES, type CaseView } from '@xieshang/contracts';
import { ResponsiveDatagrid } from '../common/ResponsiveDatagrid.js';
import { StatusChip } from '../common/StatusChip.js';
import { useOrgUnitNames } from '../common/useOrgUnitNames.js';
import { DaysLeftChip } from './DaysLeftChip.js';
import { LocaleDateField } from '../common/LocaleDateField.js';

const statusChoices = CASE_STATUSES.map((status) => ({ id: status, name: `resources.cases.statuses.${status}` }));

const caseFilters = [
  <BooleanInput key="queue" source="queue" alwaysOn />,
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={statusChoices} />,
  <BooleanInput key="overdue" source="overdue" />,
];

/**
 * Cases as the caller reads them. "My queue" keeps what waits for the caller: UFWD's triage and
 * release, the assigner's assignment and review, a department's handling by due date with the days left.
 */
export const CaseList = () => {
  const unitName = useOrgUnitNames();
  return (
    <List
      filters={caseFilters}
      filterDefaultValues={{ queue: true }}
      sort={{ field: 'dueAt', order: 'ASC' }}
      perPage={25}
      actions={
        <TopToolbar>
          <CreateButton />
        </TopToolbar>
      }
    >
      <ResponsiveDatagrid
        rowClick="show"
        bulkActionButtons={false}
        data-testid="case-list"
        phone={{
          primaryText: <TextField source="title" />,
          secondaryText: <DaysLeftChip />,
          tertiaryText: <StatusChip resource="cases" />,
        }}
      >
        <NumberField source="number" />
        <TextField source="title" />
        <StatusChip resource="cases" label="resources.cases.fields.status" />
        <FunctionField source="leadOrgUnitId" render={(record: CaseView) => (record.leadOrgUnitId ? unitName(record.leadOrgUnitId) : '-')} />
        <LocaleDateField source="dueAt" showTime={false} emptyText="-" />
        <DaysLeftChip label="resources.cases.fields.daysLeft" />
        <FunctionField source="parties" sortable={false} render={(record: CaseView) => record.parties.map((party) => party.raisedByName).join('、')} />
      </ResponsiveDatagrid>
    </List>
  );
};
