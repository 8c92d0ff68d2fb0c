import { Alert } from '@mui/material';
import type { PlanItemView } from '@xieshang/contracts';
import { Edit, SimpleForm, useRecordContext, useTranslate, type RaRecord } from 'react-admin';
import { PlanItemInputs } from './PlanItemInputs.js';
import { usePlanOf } from './usePlanOf.js';

const backToPlan = (_resource?: string, _id?: unknown, data?: Partial<RaRecord>) => `plans/${String(data?.planId)}/show`;

const PlanItemEditForm = () => {
  const item = useRecordContext<PlanItemView>();
  const translate = useTranslate();
  const { published, validate } = usePlanOf(item?.planId);
  return (
    <SimpleForm validate={validate}>
      {published && <Alert severity="info">{translate('resources.plan-items.helper.reason')}</Alert>}
      <PlanItemInputs withReason={published} />
    </SimpleForm>
  );
};

/** Changes an item; once the plan is published the change needs its reason and makes a revision. */
export const PlanItemEdit = () => (
  <Edit redirect={backToPlan} mutationMode="pessimistic">
    <PlanItemEditForm />
  </Edit>
);
