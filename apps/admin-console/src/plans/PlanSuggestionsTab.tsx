import LightbulbIcon from '@mui/icons-material/Lightbulb';
import { Alert, Button as MuiButton, List, ListItem, ListItemButton, ListItemText, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { PlanSuggestionView, PlanView } from '@xieshang/contracts';
import { Link, useNavigate } from 'react-router-dom';
import { RecordContextProvider, TopToolbar, useCanAccess, useGetList, useRecordContext, useTranslate } from 'react-admin';
import { useIsPhone } from '../common/ResponsiveDatagrid.js';
import { StatusChip } from '../common/StatusChip.js';
import { useOrgUnitNames } from '../common/useOrgUnitNames.js';

/** Opens the suggestion form for this plan, for party members while the plan asks for topics. */
const SuggestButton = ({ plan }: { plan: PlanView }) => {
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'plan-suggestions', action: 'create' });
  if (!canAccess || plan.status !== 'soliciting') return null;
  // MUI's button rather than react-admin's, which keeps only the icon on a phone: this is the
  // one thing a party member comes here to do, so its words stay.
  return (
    <MuiButton
      component={Link}
      to="/plan-suggestions/create"
      state={{ record: { planId: plan.id } }}
      variant="contained"
      startIcon={<LightbulbIcon />}
      data-testid="plan-suggest"
    >
      {translate('resources.plans.actions.suggest')}
    </MuiButton>
  );
};

/**
 * The suggestions about this plan the person may see: a party's own (every state), or for the
 * CPC side those sent and decided. A row opens the suggestion with its buttons.
 */
export const PlanSuggestionsTab = () => {
  const plan = useRecordContext<PlanView>();
  const translate = useTranslate();
  const navigate = useNavigate();
  const orgUnit = useOrgUnitNames();
  const isPhone = useIsPhone();
  const { data, error } = useGetList<PlanSuggestionView>(
    'plan-suggestions',
    { filter: { planId: plan?.id }, pagination: { page: 1, perPage: 200 }, sort: { field: 'createdAt', order: 'DESC' } },
    { enabled: plan !== undefined },
  );
  if (!plan) return null;
  const column = (name: string) => translate(`resources.plan-suggestions.fields.${name}`);
  return (
    <>
      <TopToolbar>
        <SuggestButton plan={plan} />
      </TopToolbar>
      {error && <Alert severity="error">{error.message}</Alert>}
      {data && data.length === 0 && (
        <Typography color="text.secondary">{translate('resources.plan-suggestions.sections.none')}</Typography>
      )}
      {data && data.length > 0 && isPhone && (
        <List disablePadding data-testid="plan-suggestions">
          {data.map((suggestion) => (
            <RecordContextProvider key={suggestion.id} value={suggestion}>
              <ListItem disablePadding divider>
                <ListItemButton onClick={() => navigate(`/plan-suggestions/${suggestion.id}/show`)}>
                  <ListItemText
                    primary={suggestion.topic}
                    secondary={[orgUnit(suggestion.orgUnitId), suggestion.declineReason].filter(Boolean).join(' · ')}
                  />
                  <StatusChip resource="plan-suggestions" />
                </ListItemButton>
              </ListItem>
            </RecordContextProvider>
          ))}
        </List>
      )}
      {data && data.length > 0 && !isPhone && (
        <Table size="small" data-testid="plan-suggestions">
          <TableHead>
            <TableRow>
              <TableCell>{column('orgUnitId')}</TableCell>
              <TableCell>{column('topic')}</TableCell>
              <TableCell>{column('reason')}</TableCell>
              <TableCell>{column('status')}</TableCell>
              <TableCell>{column('declineReason')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {data.map((suggestion) => (
              <RecordContextProvider key={suggestion.id} value={suggestion}>
                <TableRow hover sx={{ cursor: 'pointer' }} onClick={() => navigate(`/plan-suggestions/${suggestion.id}/show`)}>
                  <TableCell>{orgUnit(suggestion.orgUnitId)}</TableCell>
                  <TableCell>{suggestion.topic}</TableCell>
                  <TableCell>{suggestion.reason}</TableCell>
                  <TableCell>
                    <StatusChip resource="plan-suggestions" />
                  </TableCell>
                  <TableCell>{suggestion.declineReason ?? ''}</TableCell>
                </TableRow>
              </RecordContextProvider>
            ))}
          </TableBody>
        </Table>
      )}
    </>
  );
};
