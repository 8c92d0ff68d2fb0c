import TaskAltIcon from '@mui/icons-material/TaskAlt';
import { Chip } from '@mui/material';
import type { ResearchTopicView } from '@xieshang/contracts';
import {
  ArrayField,
  Datagrid,
  NumberField,
  ReferenceField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { LocaleDateField } from '../common/LocaleDateField.js';
import { RecordActionButton } from '../common/RecordActionButton.js';
import { StatusChip } from '../common/StatusChip.js';
import { useMe } from '../dashboard/useMe.js';
import { researchKindChoices } from '../plans/plan-choices.js';

/** A branch's leader chooses an open catalogue topic for the branch; once chosen it says so. */
const ChooseButton = () => {
  const topic = useRecordContext<ResearchTopicView>();
  const translate = useTranslate();
  const { data: me } = useMe();
  if (!topic || topic.kind !== 'catalogue' || topic.status === 'closed') return null;
  const ownUnit = me?.orgUnit?.id;
  if (ownUnit && topic.choices.some((choice) => choice.orgUnitId === ownUnit)) {
    return <Chip color="success" icon={<TaskAltIcon />} label={translate('resources.research-topics.actions.chosen')} />;
  }
  return (
    <RecordActionButton
      action="choose"
      label="resources.research-topics.actions.choose"
      icon={<TaskAltIcon />}
      doneMessage="resources.research-topics.notifications.choose"
    />
  );
};

const ResearchTopicActions = () => (
  <TopToolbar>
    <ChooseButton />
  </TopToolbar>
);

export const ResearchTopicShow = () => (
  <Show actions={<ResearchTopicActions />}>
    <SimpleShowLayout>
      <NumberField source="year" options={{ useGrouping: false }} />
      <SelectField source="kind" choices={researchKindChoices} />
      <TextField source="title" />
      <TextField source="description" emptyText="-" />
      <StatusChip resource="research-topics" label="resources.research-topics.fields.status" />
      <ReferenceField source="commissionedOrgUnitId" reference="org-units" link={false} emptyText="-" />
      <TextField source="tourDate" emptyText="-" />
      <TextField source="destination" emptyText="-" />
      <ArrayField source="choices">
        <Datagrid bulkActionButtons={false} empty={<span>-</span>}>
          <ReferenceField source="orgUnitId" reference="org-units" link={false} label="resources.plan-suggestions.fields.orgUnitId" />
          <TextField source="chosenByName" label="resources.research-topics.fields.chosenByName" />
          <LocaleDateField source="chosenAt" label="resources.research-topics.fields.chosenAt" />
        </Datagrid>
      </ArrayField>
    </SimpleShowLayout>
  </Show>
);
