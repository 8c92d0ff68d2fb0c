import DriveFileRenameOutlineIcon from '@mui/icons-material/DriveFileRenameOutline';
import type { PlanView } from '@xieshang/contracts';
import { useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import { ReasonDialogButton } from '../common/ReasonDialogButton.js';
import { itemsEditableIn } from './plan-visibility.rules.js';

/** Renames the plan while it may change; once published the new title needs a reason and makes a revision. */
export const RenamePlanButton = () => {
  const plan = useRecordContext<PlanView>();
  const translate = useTranslate();
  const dataProvider = useDataProvider();
  if (!plan || !itemsEditableIn(plan.status)) return null;
  const published = plan.status === 'published';
  return (
    <ReasonDialogButton
      resource="plans"
      action="edit"
      label="resources.plans.actions.rename"
      icon={<DriveFileRenameOutlineIcon />}
      doneMessage="resources.plans.notifications.renamed"
      hint={published ? translate('resources.plans.dialogs.rename_published_hint') : undefined}
      initial={{ title: plan.title }}
      fields={[
        { name: 'title', label: 'resources.plans.fields.title', required: true },
        ...(published ? [{ name: 'reason', label: 'resources.plans.dialogs.rename_reason', required: true, type: 'multiline' as const }] : []),
      ]}
      submit={(record, body) => dataProvider.update('plans', { id: record.id, data: { ...body, version: plan.version }, previousData: record })}
    />
  );
};
