import type { PlanView } from '@xieshang/contracts';
import { useGetOne } from 'react-admin';
import { planItemFormErrors, type PlanItemFormValues } from '../plans/plan-item-payload.rules.js';

/** The plan an item belongs to, and the item form's checks that depend on it (its year, published or not). */
export const usePlanOf = (planId: string | undefined) => {
  const { data: plan } = useGetOne<PlanView>('plans', { id: planId ?? '' }, { enabled: Boolean(planId) });
  const published = plan?.status === 'published';
  const validate = (values: PlanItemFormValues) => planItemFormErrors(values, { year: plan?.year, reasonRequired: published });
  return { plan, published, validate };
};
