import type { PlanItemView, PlanView } from '@xieshang/contracts';
import { useGetList, usePermissions } from 'react-admin';
import type { ConsolePermissions } from '../authProvider.js';
import { mayReadItems } from './plan-visibility.rules.js';

/** Every item of the plan (cancelled ones too), when the person may read them at this stage. */
export const usePlanItems = (plan: PlanView | undefined) => {
  const { permissions } = usePermissions<ConsolePermissions>();
  const readable = plan !== undefined && mayReadItems(permissions?.roles ?? [], plan.status);
  const { data, isPending, error } = useGetList<PlanItemView>(
    'plan-items',
    {
      filter: { planId: plan?.id },
      pagination: { page: 1, perPage: 500 },
      sort: { field: 'plannedMonth', order: 'ASC' },
    },
    { enabled: readable },
  );
  return { readable, items: data ?? [], isPending: readable && isPending, error };
};
