import AddIcon from '@mui/icons-material/Add';
import type { PlanView } from '@xieshang/contracts';
import { Link } from 'react-router-dom';
import { Button, useCanAccess, useRecordContext } from 'react-admin';
import { itemsEditableIn } from './plan-visibility.rules.js';

/** Opens the item form for this plan, for office and UFWD while the plan's items may change. */
export const AddItemButton = () => {
  const plan = useRecordContext<PlanView>();
  const { canAccess } = useCanAccess({ resource: 'plan-items', action: 'create' });
  if (!plan || !canAccess || !itemsEditableIn(plan.status)) return null;
  return (
    <Button
      component={Link}
      to="/plan-items/create"
      state={{ record: { planId: plan.id } }}
      label="resources.plans.actions.add_item"
      data-testid="plan-add-item"
    >
      <AddIcon />
    </Button>
  );
};
