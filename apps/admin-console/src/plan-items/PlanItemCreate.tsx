import { Alert } from '@mui/material';
import { useMemo } from 'react';
import { Create, SimpleForm, useTranslate, type RaRecord } from 'react-admin';
import { useLocation } from 'react-router-dom';
import { PlanItemInputs } from './PlanItemInputs.js';
import { usePlanOf } from './usePlanOf.js';

const backToPlan = (_resource?: string, _id?: unknown, data?: Partial<RaRecord>) => `plans/${String(data?.planId)}/show`;

/** A new item of the plan opened before (its id comes with the link); back to the plan once saved. */
export const PlanItemCreate = () => {
  const location = useLocation();
  const translate = useTranslate();
  const planId = (location.state as { record?: { planId?: string } } | null)?.record?.planId;
  const { plan, published, validate } = usePlanOf(planId);
  // Stable across renders: a new object would make the form reset what was typed.
  const defaultValues = useMemo(() => ({ planId, participantOrgUnitIds: [] }), [planId]);
  if (!planId) return <Alert severity="warning">{translate('ra.page.not_found')}</Alert>;
  return (
    <Create redirect={backToPlan} title={plan?.title}>
      <SimpleForm defaultValues={defaultValues} validate={validate}>
        {published && <Alert severity="info">{translate('resources.plan-items.helper.reason')}</Alert>}
        <PlanItemInputs withReason={published} />
      </SimpleForm>
    </Create>
  );
};
