import { Alert, Box, Card, CardContent, CardHeader, CircularProgress, Link, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { type DashboardView, MINIMUM_KINDS } from '@xieshang/contracts';
import { Bar, BarChart, CartesianGrid, Legend, Pie, PieChart, ResponsiveContainer, Tooltip, XAxis, YAxis, Cell } from 'recharts';
import { Link as RouterLink } from 'react-router-dom';
import { useDataProvider, useTranslate } from 'react-admin';
import type { ConsoleDataProvider } from '../dataProvider.js';
import { useDistrictTime, useDistrictZone } from '../dashboard/useMe.js';
import { districtToday } from '../common/district-time.rules.js';

const D = 'resources.handling-dashboard';
const COLOURS = ['#1565c0', '#2e7d32', '#ef6c00', '#6a1b9a', '#c62828', '#00838f', '#5d4037', '#455a64', '#ad1457', '#9e9d24', '#283593', '#4e342e'];

const ChartCard = ({ title, testId, children, summary }: { title: string; testId: string; children: React.ReactElement; summary: string }) => (
  <Card variant="outlined" sx={{ flex: '1 1 320px', minWidth: 280 }} data-testid={testId}>
    <CardHeader title={title} titleTypographyProps={{ variant: 'subtitle1', component: 'h3' }} />
    <CardContent sx={{ pt: 0 }}>
      {/* The chart is a picture; its figures are read out in the summary below it. */}
      <Box role="img" aria-label={`${title}：${summary}`} sx={{ height: 220 }}>
        <ResponsiveContainer width="100%" height="100%">
          {children}
        </ResponsiveContainer>
      </Box>
      <Typography variant="body2" color="text.secondary" sx={{ pt: 1 }}>
        {summary}
      </Typography>
    </CardContent>
  </Card>
);

/** The figures of one district, as charts: plan vs minimums, opinions by party, cases by state, on-time rate; overdue cases as links. */
export const DashboardCharts = ({ view, compact = false }: { view: DashboardView; compact?: boolean }) => {
  const translate = useTranslate();
  const time = useDistrictTime();
  const plan = MINIMUM_KINDS.map((kind) => ({
    kind: translate(`resources.plan-items.meeting_types.${kind}`),
    planned: view.plan[kind],
    required: view.plan.minimums[kind],
  }));
  const parties = view.opinionsByParty.map((entry) => ({ name: entry.name || translate(`${D}.individual`), count: entry.count }));
  const states = view.casesByStatus.filter((entry) => entry.count > 0).map((entry) => ({ name: translate(`resources.cases.statuses.${entry.key}`), count: entry.count }));
  const onTime = view.timeliness.map((entry) => ({ name: entry.orgUnitName, rate: entry.rate === null ? 0 : Math.round(entry.rate * 100) }));
  const list = (rows: { name: string; value: string | number }[]) => rows.map((row) => `${row.name} ${row.value}`).join('，') || translate(`resources.handling-reports.none`);
  return (
    <Stack spacing={2}>
      <Typography variant="body1" data-testid="dashboard-meetings-held">
        {translate(`${D}.meetings_held`)}：{view.meetingsHeld}
        {' · '}
        {view.plan.status ? translate(`resources.plans.statuses.${view.plan.status}`) : translate(`${D}.no_plan`)}
      </Typography>
      <Stack direction="row" spacing={2} useFlexGap flexWrap="wrap">
        <ChartCard title={translate(`${D}.plan`)} testId="chart-plan" summary={list(plan.map((row) => ({ name: row.kind, value: `${row.planned}/${row.required}` })))}>
          <BarChart data={plan}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="kind" />
            <YAxis allowDecimals={false} />
            <Tooltip />
            <Legend />
            <Bar dataKey="planned" name={translate(`${D}.planned`)} fill={COLOURS[0]} isAnimationActive={false} />
            <Bar dataKey="required" name={translate(`${D}.required`)} fill={COLOURS[2]} isAnimationActive={false} />
          </BarChart>
        </ChartCard>
        <ChartCard title={translate(`${D}.opinions_by_party`)} testId="chart-parties" summary={list(parties.map((row) => ({ name: row.name, value: row.count })))}>
          <BarChart data={parties} layout="vertical">
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis type="number" allowDecimals={false} />
            <YAxis type="category" dataKey="name" width={90} />
            <Tooltip />
            <Bar dataKey="count" fill={COLOURS[1]} isAnimationActive={false} />
          </BarChart>
        </ChartCard>
        <ChartCard title={translate(`${D}.cases_by_status`)} testId="chart-states" summary={list(states.map((row) => ({ name: row.name, value: row.count })))}>
          <PieChart>
            <Pie data={states} dataKey="count" nameKey="name" outerRadius={compact ? 60 : 80} isAnimationActive={false} label>
              {states.map((entry, index) => (
                <Cell key={entry.name} fill={COLOURS[index % COLOURS.length]} />
              ))}
            </Pie>
            <Tooltip />
          </PieChart>
        </ChartCard>
        <ChartCard title={translate(`${D}.on_time`)} testId="chart-on-time" summary={list(onTime.map((row) => ({ name: row.name, value: `${row.rate}%` })))}>
          <BarChart data={onTime}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="name" />
            <YAxis domain={[0, 100]} unit="%" />
            <Tooltip />
            <Bar dataKey="rate" fill={COLOURS[5]} isAnimationActive={false} />
          </BarChart>
        </ChartCard>
      </Stack>
      <Card variant="outlined" data-testid="dashboard-overdue">
        <CardHeader title={translate(`${D}.overdue`)} titleTypographyProps={{ variant: 'subtitle1', component: 'h3' }} />
        <CardContent sx={{ pt: 0 }}>
          {view.overdue.length === 0 ? (
            <Typography variant="body2">{translate(`${D}.none_overdue`)}</Typography>
          ) : (
            <List dense>
              {view.overdue.map((entry) => (
                <ListItem key={entry.caseId}>
                  <ListItemText
                    primary={
                      <Link component={RouterLink} to={`/cases/${entry.caseId}/show`}>
                        #{entry.number} {entry.title}
                      </Link>
                    }
                    secondary={time.date(entry.dueAt)}
                  />
                </ListItem>
              ))}
            </List>
          )}
        </CardContent>
      </Card>
    </Stack>
  );
};

/** One district's dashboard of this year; `district` is the district a city user reads. */
export const HandlingDashboard = ({ district, title }: { district?: string; title?: string }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const zone = useDistrictZone();
  const year = Number(districtToday(zone).slice(0, 4));
  const { data, error, isPending } = useQuery({ queryKey: ['handling-dashboard', year, district ?? ''], queryFn: () => dataProvider.getHandlingDashboard(year, district) });
  return (
    <Card sx={{ mt: 2 }} data-testid={`handling-dashboard${district ? `-${district}` : ''}`}>
      <CardHeader title={title ?? `${translate(`${D}.title`)} · ${year}`} titleTypographyProps={{ component: 'h2', variant: 'h6' }} />
      <CardContent>
        {isPending && <CircularProgress size={24} aria-label={translate('ra.page.loading')} />}
        {error && <Alert severity="error">{error.message}</Alert>}
        {data && <DashboardCharts view={data} compact={district !== undefined} />}
      </CardContent>
    </Card>
  );
};
