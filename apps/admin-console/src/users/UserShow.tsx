import BlockIcon from '@mui/icons-material/Block';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import {
  BooleanField,
  EditButton,
  ReferenceField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useRecordContext,
} from 'react-admin';
import { LocaleDateField } from '../common/LocaleDateField.js';
import { RecordActionButton } from '../common/RecordActionButton.js';
import { RoleChips } from './RoleChips.js';
import { SetPasswordButton } from './SetPasswordButton.js';

/** Disable an account (the person can no longer sign in) or enable it again. */
const AccountStateButton = () => {
  const record = useRecordContext();
  if (!record) return null;
  return record.enabled ? (
    <RecordActionButton
      action="disable"
      label="resources.users.actions.disable"
      icon={<BlockIcon />}
      doneMessage="resources.users.notifications.disabled"
      confirmTitle="resources.users.actions.disable_confirm"
    />
  ) : (
    <RecordActionButton
      action="enable"
      label="resources.users.actions.enable"
      icon={<CheckCircleIcon />}
      doneMessage="resources.users.notifications.enabled"
    />
  );
};

const UserShowActions = () => (
  <TopToolbar>
    <SetPasswordButton />
    <AccountStateButton />
    <EditButton />
  </TopToolbar>
);

export const UserShow = () => (
  <Show actions={<UserShowActions />}>
    <SimpleShowLayout>
      <TextField source="username" />
      <TextField source="displayName" />
      <ReferenceField source="orgUnitId" reference="org-units" emptyText="-" />
      <RoleChips source="roles" label="resources.users.fields.roles" />
      <BooleanField source="enabled" />
      <LocaleDateField source="createdAt" />
      <LocaleDateField source="updatedAt" />
    </SimpleShowLayout>
  </Show>
);
