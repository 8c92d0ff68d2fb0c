import { Alert, Card, CardContent, CardHeader, List, ListItem, ListItemText, Stack, TextField as MuiTextField, Typography } from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SupervisionReportView, YearEndReportView } from '@xieshang/contracts';
import { useState } from 'react';
import { Button, Title, useDataProvider, useNotify, usePermissions, useTranslate } from 'react-admin';
import { useSearchParams } from 'react-router-dom';
import type { ConsolePermissions } from '../authProvider.js';
import type { ConsoleDataProvider } from '../dataProvider.js';
import { reportYear } from './handling-reports.rules.js';
import { useDistrictTime } from '../dashboard/useMe.js';

const R = 'resources.handling-reports';

const save = ({ blob, fileName }: { blob: Blob; fileName: string }) => {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.click();
  URL.revokeObjectURL(url);
};

const YearEnd = ({ year, report }: { year: number; report: YearEndReportView }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const notify = useNotify();
  const download = (format: 'docx' | 'xlsx') => dataProvider.exportYearEnd(year, format).then(save, (error: Error) => notify(error.message, { type: 'error' }));
  const row = (label: string, entries: { label: string; count: number | string }[]) => (
    <Typography variant="body2">
      {label}：{entries.map((entry) => `${entry.label} ${entry.count}`).join('，') || translate(`${R}.none`)}
    </Typography>
  );
  return (
    <Card sx={{ mt: 2 }} data-testid="year-end-report">
      <CardHeader title={`${year} · ${translate(`${R}.year_end`)}`} titleTypographyProps={{ component: 'h2', variant: 'h6' }} />
      <CardContent>
        <Stack spacing={1}>
          <Typography variant="body1">
            {translate(`${R}.opinions`)}：{report.opinions}
          </Typography>
          {row(translate('resources.cases.fields.source'), report.bySource.map((entry) => ({ label: translate(`resources.cases.sources.${entry.key}`), count: entry.count })))}
          {row(translate('resources.cases.fields.parties'), report.byParty.map((entry) => ({ label: entry.name, count: entry.count })))}
          {row(translate('resources.cases.fields.adoption'), report.adoption.map((entry) => ({ label: translate(`resources.cases.adoptions.${entry.key}`), count: entry.count })))}
          {row(translate('resources.cases.fields.outcome'), report.outcomes.map((entry) => ({ label: translate(`resources.cases.outcomes.${entry.key}`), count: entry.count })))}
          {row(translate('resources.handling-dashboard.on_time'), report.timeliness.map((entry) => ({ label: entry.orgUnitName, count: entry.rate === null ? '—' : `${Math.round(entry.rate * 100)}%` })))}
          {row(translate('resources.cases.fields.satisfaction'), report.satisfaction.map((entry) => ({ label: translate(`resources.cases.satisfactions.${entry.key}`), count: entry.count })))}
          <Stack direction="row" spacing={1}>
            <Button label={`${R}.download_docx`} variant="outlined" onClick={() => download('docx')} data-testid="download-year-end-docx" />
            <Button label={`${R}.download_xlsx`} variant="outlined" onClick={() => download('xlsx')} data-testid="download-year-end-xlsx" />
          </Stack>
        </Stack>
      </CardContent>
    </Card>
  );
};

const SupervisionCard = ({ report, testId }: { report: SupervisionReportView; testId: string }) => {
  const translate = useTranslate();
  const time = useDistrictTime();
  return (
    <Card variant="outlined" data-testid={testId}>
      <CardHeader title={report.title} subheader={report.publishedAt ? `${report.publishedByName ?? ''} · ${time.date(report.publishedAt)}` : translate(`${R}.draft`)} />
      <CardContent sx={{ pt: 0 }}>
        {report.remarks && <Typography variant="body2">{report.remarks}</Typography>}
        {report.entries.length === 0 && <Typography variant="body2">{translate(`${R}.none`)}</Typography>}
        <List dense>
          {report.entries.map((entry) => (
            <ListItem key={entry.orgUnitId} alignItems="flex-start">
              <ListItemText
                primary={entry.orgUnitName}
                secondary={[
                  ...entry.lateCases.map((item) => `${translate(`${R}.late_cases`)} #${item.number} ${item.title}（${translate(`${R}.days_late`, { smart_count: item.daysLate })}）`),
                  ...entry.sentBackCases.map((item) => `${translate(`${R}.sent_back_cases`)} #${item.number} ${item.title}（${translate(`${R}.times`, { smart_count: item.times })}：${item.reasons.join('；')}）`),
                ].join('\n')}
                slotProps={{ secondary: { sx: { whiteSpace: 'pre-line' } } }}
              />
            </ListItem>
          ))}
        </List>
      </CardContent>
    </Card>
  );
};

/**
 * UFWD's year-end report with its DOCX and ledger, and the supervisor's reports (drafted with the
 * offices, published to the district), of this year or of the year in the address (`?year=`, where
 * a supervision notice leads).
 */
export const HandlingReportsPage = () => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const notify = useNotify();
  const client = useQueryClient();
  const { permissions } = usePermissions<ConsolePermissions>();
  const roles = permissions?.roles ?? [];
  const [search] = useSearchParams();
  const year = reportYear(search.get('year'));
  const readsYearEnd = roles.some((role) => ['ufwd', 'office', 'leader', 'supervisor'].includes(role));
  const draftsSupervision = roles.some((role) => ['supervisor', 'office', 'gov-office', 'ufwd'].includes(role));
  const yearEnd = useQuery({ queryKey: ['year-end', year], queryFn: () => dataProvider.getYearEndReport(year), enabled: readsYearEnd });
  const draft = useQuery({ queryKey: ['supervision-draft', year], queryFn: () => dataProvider.getSupervisionDraft(year), enabled: draftsSupervision });
  const published = useQuery({ queryKey: ['supervision', year], queryFn: () => dataProvider.getSupervisionReports(year) });
  const [title, setTitle] = useState(`${year}年度政党协商意见办理督查通报`);
  const [remarks, setRemarks] = useState('');
  const publish = useMutation({
    mutationFn: () => dataProvider.publishSupervision({ year, title, remarks }),
    onSuccess: () => {
      notify(`${R}.published`, { type: 'success' });
      void client.invalidateQueries({ queryKey: ['supervision', year] });
    },
    onError: (error: Error) => notify(error.message, { type: 'error' }),
  });
  return (
    <Stack spacing={2} sx={{ mt: 2 }}>
      <Title title={`${R}.title`} />
      {yearEnd.error && <Alert severity="error">{yearEnd.error.message}</Alert>}
      {yearEnd.data && <YearEnd year={year} report={yearEnd.data} />}
      <Typography variant="h6" component="h2">
        {translate(`${R}.supervision`)}
      </Typography>
      {(published.data ?? []).map((report) => (
        <SupervisionCard key={report.id} report={report} testId="supervision-published" />
      ))}
      {draft.data && <SupervisionCard report={draft.data} testId="supervision-draft" />}
      {roles.includes('supervisor') && (
        <Card variant="outlined">
          <CardContent>
            <MuiTextField label={translate(`${R}.title_field`)} value={title} onChange={(event) => setTitle(event.target.value)} fullWidth margin="dense" />
            <MuiTextField label={translate(`${R}.remarks`)} value={remarks} onChange={(event) => setRemarks(event.target.value)} fullWidth margin="dense" multiline minRows={2} />
            <Button label={`${R}.publish`} variant="contained" onClick={() => publish.mutate()} disabled={publish.isPending || title.trim() === ''} data-testid="publish-supervision" />
          </CardContent>
        </Card>
      )}
    </Stack>
  );
};
