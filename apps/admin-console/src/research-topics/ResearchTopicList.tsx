import {
  CreateButton,
  FunctionField,
  List,
  NumberField,
  NumberInput,
  ReferenceField,
  SearchInput,
  SelectField,
  SelectInput,
  TextField,
  TopToolbar,
} from 'react-admin';
import type { ResearchTopicView } from '@xieshang/contracts';
import { ResponsiveDatagrid } from '../common/ResponsiveDatagrid.js';
import { StatusChip } from '../common/StatusChip.js';
import { researchKindChoices } from '../plans/plan-choices.js';

const topicFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <NumberInput key="year" source="year" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={researchKindChoices} alwaysOn />,
];

const ResearchTopicListActions = () => (
  <TopToolbar>
    <CreateButton />
  </TopToolbar>
);

/** §5.3: the year's catalogue, research commissioned to a party, and the study tours. */
export const ResearchTopicList = () => (
  <List filters={topicFilters} sort={{ field: 'year', order: 'DESC' }} perPage={25} actions={<ResearchTopicListActions />}>
    <ResponsiveDatagrid
      rowClick="show"
      bulkActionButtons={false}
      data-testid="research-topic-list"
      phone={{
        primaryText: <TextField source="title" />,
        secondaryText: <SelectField source="kind" choices={researchKindChoices} />,
        tertiaryText: <StatusChip resource="research-topics" />,
      }}
    >
      <NumberField source="year" options={{ useGrouping: false }} />
      <SelectField source="kind" choices={researchKindChoices} />
      <TextField source="title" />
      <StatusChip resource="research-topics" label="resources.research-topics.fields.status" />
      <ReferenceField source="commissionedOrgUnitId" reference="org-units" link={false} emptyText="-" />
      <TextField source="tourDate" emptyText="-" />
      <TextField source="destination" emptyText="-" />
      <FunctionField<ResearchTopicView> source="choices" render={(topic) => String(topic.choices?.length ?? 0)} />
    </ResponsiveDatagrid>
  </List>
);
