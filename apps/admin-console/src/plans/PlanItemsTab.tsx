import { Alert, Box, CircularProgress, List, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { PlanView } from '@xieshang/contracts';
import { useRecordContext, useTranslate } from 'react-admin';
import { useIsPhone } from '../common/ResponsiveDatagrid.js';
import { useOrgUnitNames } from '../common/useOrgUnitNames.js';
import { VisuallyHidden } from '../common/VisuallyHidden.js';
import { groupPlanItems } from './plan-items.rules.js';
import { PlanItemCard, PlanItemRow } from './PlanItemRow.js';
import { usePlanItems } from './usePlanItems.js';

/** The plan's items by form and, for meetings, by type: 会议协商 (专题, 人事, 调研, 通报), 约谈协商, 书面协商. */
export const PlanItemsTab = () => {
  const plan = useRecordContext<PlanView>();
  const translate = useTranslate();
  const orgUnit = useOrgUnitNames();
  const isPhone = useIsPhone();
  const { readable, items, isPending, error } = usePlanItems(plan);
  if (!plan) return null;
  if (!readable) return <Alert severity="info">{translate('resources.plans.sections.items_hidden')}</Alert>;
  if (isPending) return <CircularProgress size={24} aria-label={translate('ra.page.loading')} />;
  if (error) return <Alert severity="error">{error.message}</Alert>;
  const groups = groupPlanItems(items);
  if (groups.length === 0) return <Typography color="text.secondary">{translate('resources.plans.sections.no_items')}</Typography>;
  const column = (name: string) => translate(`resources.plan-items.fields.${name}`);
  return (
    <Box data-testid="plan-items">
      {groups.map((group) => (
        <Box key={`${group.form}-${group.meetingType ?? ''}`} sx={{ mb: 3 }} data-testid={`item-group-${group.form}-${group.meetingType ?? 'all'}`}>
          <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
            {translate(`resources.plan-items.forms.${group.form}`)}
            {group.meetingType && ` · ${translate(`resources.plan-items.meeting_types.${group.meetingType}`)}`}
            {` (${group.items.filter((item) => item.status === 'active').length})`}
          </Typography>
          {isPhone ? (
            <List dense disablePadding>
              {group.items.map((item) => (
                <PlanItemCard key={item.id} item={item} plan={plan} orgUnit={orgUnit} />
              ))}
            </List>
          ) : (
            <Table size="small">
              <TableHead>
                <TableRow>
                  <TableCell sx={{ width: '30%' }}>{column('topic')}</TableCell>
                  <TableCell>{translate('resources.plan-items.fields.plannedMonth')}</TableCell>
                  <TableCell>{column('leadOrgUnitId')}</TableCell>
                  <TableCell>{column('participantOrgUnitIds')}</TableCell>
                  <TableCell>{column('contentCategory')}</TableCell>
                  <TableCell>
                    <VisuallyHidden>{translate('xs.a11y.actions')}</VisuallyHidden>
                  </TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {group.items.map((item) => (
                  <PlanItemRow key={item.id} item={item} plan={plan} orgUnit={orgUnit} />
                ))}
              </TableBody>
            </Table>
          )}
        </Box>
      ))}
    </Box>
  );
};
