import { Stack } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useDataProvider, useTranslate } from 'react-admin';
import type { ConsoleDataProvider } from '../dataProvider.js';
import { HandlingDashboard } from './HandlingDashboard.js';

/** A city observer's view: each district's dashboard side by side, read with X-Tenant. */
export const CityHandlingDashboards = () => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const { data } = useQuery({ queryKey: ['district-figures'], queryFn: () => dataProvider.getDistrictFigures() });
  return (
    <Stack direction={{ xs: 'column', lg: 'row' }} spacing={2} useFlexGap flexWrap="wrap" data-testid="city-handling-dashboards">
      {(data ?? []).map((district) => (
        <HandlingDashboard key={district.code} district={district.code} title={`${district.name} · ${translate('resources.handling-dashboard.title')}`} />
      ))}
    </Stack>
  );
};
