import ArchiveIcon from '@mui/icons-material/Archive';
import UnarchiveIcon from '@mui/icons-material/Unarchive';
import {
  BooleanField,
  EditButton,
  NumberField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useRecordContext,
} from 'react-admin';
import { LocaleDateField } from '../common/LocaleDateField.js';
import { RecordActionButton } from '../common/RecordActionButton.js';
import { orgUnitKindChoices } from './org-unit-kinds.js';

/** Retire an active unit, reactivate a retired one; a retired unit stays on the records that name it. */
const StateButton = () => {
  const record = useRecordContext();
  if (!record) return null;
  return record.active ? (
    <RecordActionButton
      action="retire"
      label="resources.org-units.actions.retire"
      icon={<ArchiveIcon />}
      doneMessage="resources.org-units.notifications.retired"
      confirmTitle="resources.org-units.actions.retire_confirm"
    />
  ) : (
    <RecordActionButton
      action="reactivate"
      label="resources.org-units.actions.reactivate"
      icon={<UnarchiveIcon />}
      doneMessage="resources.org-units.notifications.reactivated"
    />
  );
};

const OrgUnitShowActions = () => (
  <TopToolbar>
    <StateButton />
    <EditButton />
  </TopToolbar>
);

export const OrgUnitShow = () => (
  <Show actions={<OrgUnitShowActions />}>
    <SimpleShowLayout>
      <TextField source="name" />
      <TextField source="shortName" />
      <SelectField source="kind" choices={orgUnitKindChoices} />
      <BooleanField source="active" />
      <NumberField source="version" />
      <LocaleDateField source="createdAt" />
      <LocaleDateField source="updatedAt" />
    </SimpleShowLayout>
  </Show>
);
