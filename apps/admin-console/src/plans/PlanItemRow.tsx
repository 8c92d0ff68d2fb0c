import BlockIcon from '@mui/icons-material/Block';
import EditIcon from '@mui/icons-material/Edit';
import { Chip, TableCell, TableRow, Typography } from '@mui/material';
import type { PlanItemView, PlanView } from '@xieshang/contracts';
import { Link } from 'react-router-dom';
import { Button, useCanAccess, useLocaleState, useTranslate } from 'react-admin';
import { ReasonDialogButton } from '../common/ReasonDialogButton.js';
import { monthName } from './plan-choices.js';
import { itemsEditableIn } from './plan-visibility.rules.js';

export const plannedTimeLabel = (item: PlanItemView, locale: string, none: string): string =>
  item.plannedDate ?? (item.plannedMonth ? monthName(item.plannedMonth, locale) : none);

/** One planned consultation: what, when, who leads and takes part; cancelled ones struck through with their reason. */
export const PlanItemRow = ({ item, plan, orgUnit }: { item: PlanItemView; plan: PlanView; orgUnit: (id: string | null) => string }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { canAccess } = useCanAccess({ resource: 'plan-items', action: 'edit' });
  const cancelled = item.status === 'cancelled';
  const editable = canAccess && itemsEditableIn(plan.status) && !cancelled;
  const published = plan.status === 'published';
  return (
    <TableRow data-testid="plan-item" data-item-status={item.status} sx={cancelled ? { opacity: 0.6 } : undefined}>
      <TableCell sx={{ textDecoration: cancelled ? 'line-through' : undefined }}>
        {item.topic}
        {item.origin === 'party' && (
          <Chip size="small" variant="outlined" color="secondary" sx={{ ml: 1 }} label={translate('resources.plan-items.origins.party')} />
        )}
        {cancelled && item.cancelReason && (
          <Typography variant="caption" color="error" display="block" sx={{ textDecoration: 'none' }}>
            {translate('resources.plan-items.fields.cancelReason')}: {item.cancelReason}
          </Typography>
        )}
      </TableCell>
      <TableCell>{plannedTimeLabel(item, locale, translate('resources.plans.sections.no_month'))}</TableCell>
      <TableCell>{orgUnit(item.leadOrgUnitId)}</TableCell>
      <TableCell>{item.participantOrgUnitIds.map((id) => orgUnit(id)).join('、') || '-'}</TableCell>
      <TableCell>{translate(`resources.plan-items.content_categories.${item.contentCategory}`)}</TableCell>
      <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
        {editable && (
          <>
            <Button component={Link} to={`/plan-items/${item.id}`} label="ra.action.edit" data-testid="plan-item-edit">
              <EditIcon />
            </Button>
            <ReasonDialogButton
              resource="plan-items"
              action="cancel"
              record={item}
              label="resources.plan-items.actions.cancel"
              icon={<BlockIcon />}
              doneMessage="resources.plan-items.notifications.cancelled"
              hint={published ? translate('resources.plan-items.helper.reason') : undefined}
              fields={[
                { name: 'reason', label: 'resources.plan-items.fields.cancelReason', required: published, type: 'multiline' },
                ...(published ? [{ name: 'belowMinimumReason', label: 'resources.plan-items.fields.belowMinimumReason', type: 'multiline' as const }] : []),
              ]}
            />
          </>
        )}
      </TableCell>
    </TableRow>
  );
};
