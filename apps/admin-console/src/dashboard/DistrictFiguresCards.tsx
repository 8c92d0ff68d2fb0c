import { Alert, Box, Card, CardContent, CardHeader, LinearProgress, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useDataProvider, usePermissions, useTranslate } from 'react-admin';
import { isCityUser } from '../access/access.rules.js';
import type { ConsolePermissions } from '../authProvider.js';
import type { ConsoleDataProvider } from '../dataProvider.js';
import { MINIMUM_KINDS } from '@xieshang/contracts';
import type { DistrictFigures } from './district-figures.js';

const share = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 100) : 0);

/** One count with its active part as a bar: "18 of 20 active". */
const Figure = ({ label, part, whole, partLabel }: { label: string; part: number; whole: number; partLabel: string }) => (
  <Box sx={{ py: 1 }}>
    <Stack direction="row" justifyContent="space-between">
      <Typography variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Typography variant="body2">
        {whole} · {partLabel} {part}
      </Typography>
    </Stack>
    <LinearProgress
      variant="determinate"
      value={share(part, whole)}
      aria-label={label}
      aria-valuetext={`${whole} · ${partLabel} ${part}`}
      sx={{ height: 8, borderRadius: 1 }}
    />
  </Box>
);

const DistrictCard = ({ district }: { district: DistrictFigures }) => {
  const translate = useTranslate();
  return (
    <Card sx={{ flex: '1 1 280px', maxWidth: 360 }} data-testid={`district-figures-${district.code}`}>
      <CardHeader title={district.name} subheader={district.code} />
      <CardContent sx={{ pt: 0 }}>
        <Figure
          label={translate('xs.figures.org_units')}
          part={district.activeOrgUnits}
          whole={district.orgUnits}
          partLabel={translate('xs.figures.active')}
        />
        <Figure
          label={translate('xs.figures.people')}
          part={district.enabledPeople}
          whole={district.people}
          partLabel={translate('xs.figures.enabled')}
        />
        <Typography variant="body2" sx={{ pt: 1 }} data-testid={`district-plan-${district.code}`}>
          {translate('xs.figures.plan', { year: district.plan.year })}
          {district.plan.status ? translate(`resources.plans.statuses.${district.plan.status}`) : translate('xs.figures.no_plan')}
        </Typography>
        {district.plan.status && (
          <Typography variant="body2" color="text.secondary">
            {MINIMUM_KINDS.map(
              (kind) =>
                `${translate(`resources.plan-items.meeting_types.${kind}`)} ${district.plan.minimums[kind].planned}/${district.plan.minimums[kind].required}`,
            ).join(' · ')}
          </Typography>
        )}
      </CardContent>
    </Card>
  );
};

/** For city users: each district's org units and people at a glance. */
export const DistrictFiguresCards = () => {
  const translate = useTranslate();
  const { permissions } = usePermissions<ConsolePermissions>();
  const cityUser = isCityUser(permissions?.roles ?? []);
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const { data, error } = useQuery({
    queryKey: ['district-figures'],
    queryFn: () => dataProvider.getDistrictFigures(),
    enabled: cityUser,
    retry: false,
  });
  if (!cityUser) return null;
  return (
    <Box sx={{ mt: 2 }}>
      <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
        {translate('xs.figures.title')}
      </Typography>
      {error && <Alert severity="warning">{error.message}</Alert>}
      <Stack direction="row" spacing={2} useFlexGap flexWrap="wrap">
        {(data ?? []).map((district) => (
          <DistrictCard key={district.code} district={district} />
        ))}
      </Stack>
    </Box>
  );
};
