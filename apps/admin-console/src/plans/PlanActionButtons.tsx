import CampaignIcon from '@mui/icons-material/Campaign';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import GavelIcon from '@mui/icons-material/Gavel';
import PublishIcon from '@mui/icons-material/Publish';
import UndoIcon from '@mui/icons-material/Undo';
import { MINIMUM_KINDS, type PlanAction, type PlanView } from '@xieshang/contracts';
import type { ReactElement } from 'react';
import { useRecordContext, useTranslate } from 'react-admin';
import { RecordActionButton } from '../common/RecordActionButton.js';
import { ReasonDialogButton } from '../common/ReasonDialogButton.js';

const done = (action: PlanAction) => `resources.plans.notifications.${action}`;
const label = (action: PlanAction) => `resources.plans.actions.${action}`;

const ApproveButton = ({ plan }: { plan: PlanView }) => {
  const translate = useTranslate();
  const belowMinimums = MINIMUM_KINDS.some((kind) => !plan.minimums[kind].met);
  return (
    <ReasonDialogButton
      resource="plans"
      action="approve"
      label={label('approve')}
      icon={<CheckCircleIcon />}
      doneMessage={done('approve')}
      hint={belowMinimums ? translate('resources.plans.dialogs.below_minimum_hint') : undefined}
      fields={[
        { name: 'decisionReference', label: 'resources.plans.dialogs.decisionReference', required: true },
        // Offered even when the meetings suffice: the year's study tours count too, and the plan does not show them.
        { name: 'belowMinimumReason', label: 'resources.plans.dialogs.belowMinimumReason', required: belowMinimums, type: 'multiline' as const },
      ]}
    />
  );
};

/** The parties were never asked for topics: the plan goes to review only with the reason why. */
const SubmitUnaskedButton = () => {
  const translate = useTranslate();
  return (
    <ReasonDialogButton
      resource="plans"
      action="submit-for-review"
      label={label('submit-for-review')}
      icon={<GavelIcon />}
      doneMessage={done('submit-for-review')}
      hint={translate('resources.plans.dialogs.never_solicited_hint')}
      fields={[{ name: 'skipSolicitationReason', label: 'resources.plans.dialogs.skipSolicitationReason', required: true, type: 'multiline' }]}
    />
  );
};

const BUTTONS: Record<PlanAction, (plan: PlanView) => ReactElement> = {
  solicit: () => (
    <ReasonDialogButton
      resource="plans"
      action="solicit"
      label={label('solicit')}
      icon={<CampaignIcon />}
      doneMessage={done('solicit')}
      fields={[{ name: 'suggestionsDeadline', label: 'resources.plans.dialogs.suggestionsDeadline', required: true, type: 'date' }]}
    />
  ),
  'submit-for-review': (plan) => (plan.suggestionsDeadline === null ? <SubmitUnaskedButton /> : (
    <RecordActionButton
      action="submit-for-review"
      label={label('submit-for-review')}
      icon={<GavelIcon />}
      doneMessage={done('submit-for-review')}
      confirmTitle="resources.plans.dialogs.submit_confirm"
    />
  )),
  approve: (plan) => <ApproveButton plan={plan} />,
  return: () => (
    <ReasonDialogButton
      resource="plans"
      action="return"
      label={label('return')}
      icon={<UndoIcon />}
      doneMessage={done('return')}
      fields={[{ name: 'reason', label: 'resources.plans.dialogs.reason', required: true, type: 'multiline' }]}
    />
  ),
  publish: () => (
    <RecordActionButton
      action="publish"
      label={label('publish')}
      icon={<PublishIcon />}
      doneMessage={done('publish')}
      confirmTitle="resources.plans.dialogs.publish_confirm"
    />
  ),
};

/**
 * The steps the signed-in person may take on the plan now: the gateway names them in
 * `allowedActions`, and each button checks the role again before it shows.
 */
export const PlanActionButtons = () => {
  const plan = useRecordContext<PlanView>();
  if (!plan) return null;
  return (
    <>
      {(plan.allowedActions ?? []).map((action) => (
        <span key={action}>{BUTTONS[action]?.(plan)}</span>
      ))}
    </>
  );
};
