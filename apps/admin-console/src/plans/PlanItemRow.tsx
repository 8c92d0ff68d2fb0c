import BlockIcon from '@mui/icons-material/Block';
import EditIcon from '@mui/icons-material/Edit';
import { Chip, ListItem, ListItemText, TableCell, TableRow, Typography } from '@mui/material';
import type { PlanItemView, PlanView } from '@xieshang/contracts';
import { Link } from 'react-router-dom';
import { Button, useCanAccess, useLocaleState, useTranslate } from 'react-admin';
import { ReasonDialogButton } from '../common/ReasonDialogButton.js';
import { monthName } from './plan-choices.js';
import { itemsEditableIn } from './plan-visibility.rules.js';

export const plannedTimeLabel = (item: PlanItemView, locale: string, none: string): string =>
  item.plannedDate ?? (item.plannedMonth ? monthName(item.plannedMonth, locale) : none);

/** Edit and cancel, for those who may change the plan's items while the plan allows it. */
export const PlanItemActions = ({ item, plan }: { item: PlanItemView; plan: PlanView }) => {
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'plan-items', action: 'edit' });
  const editable = canAccess && itemsEditableIn(plan.status) && item.status !== 'cancelled';
  if (!editable) return null;
  return (
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
        hint={plan.status === 'published' ? translate('resources.plan-items.helper.reason') : undefined}
        fields={[
          { name: 'reason', label: 'resources.plan-items.fields.cancelReason', required: plan.status === 'published', type: 'multiline' },
          ...(plan.status === 'published'
            ? [{ name: 'belowMinimumReason', label: 'resources.plan-items.fields.belowMinimumReason', type: 'multiline' as const }]
            : []),
        ]}
      />
    </>
  );
};

/** The topic, marked when a party suggested it; a cancelled one carries its reason. */
export const PlanItemTopic = ({ item }: { item: PlanItemView }) => {
  const translate = useTranslate();
  const cancelled = item.status === 'cancelled';
  return (
    <>
      <span style={{ textDecoration: cancelled ? 'line-through' : undefined }}>{item.topic}</span>
      {item.origin === 'party' && (
        <Chip size="small" variant="outlined" color="secondary" sx={{ ml: 1 }} label={translate('resources.plan-items.origins.party')} />
      )}
      {cancelled && item.cancelReason && (
        <Typography variant="caption" color="error" display="block">
          {translate('resources.plan-items.fields.cancelReason')}: {item.cancelReason}
        </Typography>
      )}
    </>
  );
};

// Dimmed by colour, not opacity, so the text keeps its contrast.
const CANCELLED = { '& td, & .MuiListItemText-secondary': { color: 'text.secondary' } };

/** One planned consultation: what, when, who leads and takes part; cancelled ones struck through with their reason. */
export const PlanItemRow = ({ item, plan, orgUnit }: { item: PlanItemView; plan: PlanView; orgUnit: (id: string | null) => string }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const cancelled = item.status === 'cancelled';
  return (
    <TableRow data-testid="plan-item" data-item-status={item.status} sx={cancelled ? CANCELLED : undefined}>
      <TableCell>
        <PlanItemTopic item={item} />
      </TableCell>
      <TableCell>{plannedTimeLabel(item, locale, translate('resources.plans.sections.no_month'))}</TableCell>
      <TableCell>{orgUnit(item.leadOrgUnitId)}</TableCell>
      <TableCell>{item.participantOrgUnitIds.map((id) => orgUnit(id)).join('、') || '-'}</TableCell>
      <TableCell>{translate(`resources.plan-items.content_categories.${item.contentCategory}`)}</TableCell>
      <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
        <PlanItemActions item={item} plan={plan} />
      </TableCell>
    </TableRow>
  );
};

/** The same consultation as a list entry, for a phone: topic first, then when, who leads and who takes part. */
export const PlanItemCard = ({ item, plan, orgUnit }: { item: PlanItemView; plan: PlanView; orgUnit: (id: string | null) => string }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const participants = item.participantOrgUnitIds.map((id) => orgUnit(id)).join('、');
  return (
    <ListItem divider data-testid="plan-item" data-item-status={item.status} sx={item.status === 'cancelled' ? CANCELLED : undefined} disableGutters>
      <ListItemText
        primary={<PlanItemTopic item={item} />}
        secondary={[
          plannedTimeLabel(item, locale, translate('resources.plans.sections.no_month')),
          orgUnit(item.leadOrgUnitId),
          participants,
        ]
          .filter((part) => part && part !== '-')
          .join(' · ')}
        slotProps={{ primary: { component: 'div' } }}
      />
      <PlanItemActions item={item} plan={plan} />
    </ListItem>
  );
};
