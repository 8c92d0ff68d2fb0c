import { Alert, Card, CardContent, CardHeader, Chip, CircularProgress, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { Title, useTranslate } from 'react-admin';
import { DistrictFiguresCards } from './DistrictFiguresCards.js';
import { TasksCard } from './TasksCard.js';
import { CityHandlingDashboards } from '../handling-dashboard/CityHandlingDashboards.js';
import { HandlingDashboard } from '../handling-dashboard/HandlingDashboard.js';
import { orgUnitKindLabel, roleLabel, type Me } from './me.js';
import { useMe } from './useMe.js';

/** The organisers, whose home page shows the district's consultation work. */
const ORGANISERS = ['office', 'ufwd', 'gov-office', 'leader', 'supervisor'];

const Field = ({ label, testId, children }: { label: string; testId: string; children: ReactNode }) => (
  <Stack direction={{ xs: 'column', sm: 'row' }} spacing={{ xs: 0.5, sm: 2 }} sx={{ py: 1 }}>
    <Typography variant="body2" color="text.secondary" sx={{ minWidth: 120 }}>
      {label}
    </Typography>
    <Stack direction="row" spacing={1} useFlexGap flexWrap="wrap" data-testid={testId}>
      {children}
    </Stack>
  </Stack>
);

const MeDetails = ({ me }: { me: Me }) => {
  const translate = useTranslate();
  return (
    <>
      <Field label={translate('xs.me.display_name')} testId="me-display-name">
        <Typography variant="h6" component="span">
          {me.displayName}
        </Typography>
      </Field>
      <Field label={translate('xs.me.username')} testId="me-username">
        <Typography component="span">{me.username}</Typography>
      </Field>
      <Field label={translate('xs.me.tenant')} testId="me-tenant">
        <Typography component="span">
          {me.tenant.name} ({me.tenant.code})
        </Typography>
      </Field>
      <Field label={translate('xs.me.org_unit')} testId="me-org-unit">
        <Typography component="span">
          {me.orgUnit
            ? `${me.orgUnit.name} · ${orgUnitKindLabel(me.orgUnit.kind, translate)}`
            : translate('xs.me.no_org_unit')}
        </Typography>
      </Field>
      <Field label={translate('xs.me.roles')} testId="me-roles">
        {me.roles.length > 0 ? (
          me.roles.map((role) => <Chip key={role} size="small" label={roleLabel(role, translate)} data-role={role} />)
        ) : (
          <Typography component="span">{translate('xs.me.no_roles')}</Typography>
        )}
      </Field>
    </>
  );
};

/**
 * The home page: what waits for the person (待办) for everyone in a district, then "my account":
 * who the gateway says is signed in, in which district, unit and roles; organisers then see the
 * district's consultation work, and city users their districts' figures side by side.
 */
export const Dashboard = () => {
  const translate = useTranslate();
  const { data: me, error, isPending } = useMe();
  return (
    <>
      {me?.tenant && !me.roles.includes('city-observer') && !me.roles.includes('platform-admin') && <TasksCard />}
      <Card sx={{ mt: 2, maxWidth: 720 }}>
        <Title title="xs.me.title" />
        <CardHeader title={translate('xs.me.title')} />
        <CardContent>
          {isPending && <CircularProgress size={24} aria-label={translate('ra.page.loading')} />}
          {error && (
            <Alert severity="error" data-testid="me-error">
              {translate('xs.me.load_error')} {error.message}
            </Alert>
          )}
          {me && <MeDetails me={me} />}
        </CardContent>
      </Card>
      {me && me.roles.some((role) => ORGANISERS.includes(role)) && <HandlingDashboard />}
      <DistrictFiguresCards />
      {me && me.roles.includes('city-observer') && <CityHandlingDashboards />}
    </>
  );
};
