import { Alert, Box, Card, CardContent, CardHeader, CircularProgress, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import type { PlanRevisionView, PlanView } from '@xieshang/contracts';
import { useDataProvider, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import type { ConsoleDataProvider } from '../dataProvider.js';
import { useOrgUnitNames } from '../common/useOrgUnitNames.js';
import { monthName } from './plan-choices.js';
import { revisedValue, revisionLines, type RevisionLine, type ValueNames } from './revision-view.rules.js';
import { useDistrictTime } from '../dashboard/useMe.js';

const CHOICE_PREFIX: Record<string, string> = {
  form: 'resources.plan-items.forms',
  meetingType: 'resources.plan-items.meeting_types',
  contentCategory: 'resources.plan-items.content_categories',
};

const LINE_STYLE = {
  added: { color: 'success.dark', bgcolor: 'rgba(46, 125, 50, 0.08)' },
  cancelled: { color: 'error.dark', bgcolor: 'rgba(211, 47, 47, 0.08)', textDecoration: 'line-through' },
  changed: { color: 'text.primary', bgcolor: 'rgba(237, 108, 2, 0.08)' },
} as const;

const Line = ({ line, names }: { line: RevisionLine; names: ValueNames }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ px: 1, py: 0.5, mb: 0.5, borderRadius: 1, ...LINE_STYLE[line.kind] }} data-testid={`revision-${line.kind}`}>
      <Typography variant="body2" component="span" sx={{ fontWeight: 600, mr: 1, textDecoration: 'none' }}>
        {translate(`resources.plans.revisions.${line.kind}`)}
      </Typography>
      <Typography variant="body2" component="span" sx={{ textDecoration: 'inherit' }}>
        {line.topic}
      </Typography>
      {line.kind === 'changed' &&
        line.fields.map((change) => (
          <Typography key={change.field} variant="body2" sx={{ pl: 2 }} data-testid="revision-field">
            {translate(`resources.plan-items.fields.${change.field}`)}:{' '}
            <Box component="span" sx={{ color: 'error.dark', textDecoration: 'line-through' }}>
              {revisedValue(change.field, change.before, names)}
            </Box>
            {' → '}
            <Box component="span" sx={{ color: 'success.dark', fontWeight: 600 }}>
              {revisedValue(change.field, change.after, names)}
            </Box>
          </Typography>
        ))}
    </Box>
  );
};

const Revision = ({ revision, names }: { revision: PlanRevisionView; names: ValueNames }) => {
  const translate = useTranslate();
  const time = useDistrictTime();
  const lines = revisionLines(revision);
  return (
    <Card variant="outlined" sx={{ mb: 2 }} data-testid="plan-revision" data-number={revision.number}>
      <CardHeader
        title={translate('resources.plans.revisions.number', { number: revision.number })}
        subheader={translate('resources.plans.revisions.made', {
          name: revision.madeByName,
          when: time.dateTime(revision.madeAt),
        })}
      />
      <CardContent sx={{ pt: 0 }}>
        <Typography variant="body2" sx={{ mb: 1 }}>
          {revision.reason}
        </Typography>
        {revision.changes.title && (
          <Typography variant="body2" sx={{ mb: 1 }}>
            {translate('resources.plans.revisions.renamed', { before: revision.changes.title.before, after: revision.changes.title.after })}
          </Typography>
        )}
        {revision.belowMinimumReason && (
          <Typography variant="body2" color="warning.main" sx={{ mb: 1 }}>
            {translate('resources.plans.revisions.below_minimum', { reason: revision.belowMinimumReason })}
          </Typography>
        )}
        {revision.number === 1 && lines.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            {translate('resources.plans.revisions.as_published', { count: revision.itemCount })}
          </Typography>
        ) : (
          lines.map((line) => <Line key={`${line.kind}-${line.itemId}`} line={line} names={names} />)
        )}
      </CardContent>
    </Card>
  );
};

/** Every revision of the published plan, newest first: who, when, why, and what changed against the one before. */
export const RevisionHistory = () => {
  const plan = useRecordContext<PlanView>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const orgUnit = useOrgUnitNames();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const published = (plan?.currentRevision ?? 0) > 0;
  const { data, isPending, error } = useQuery({
    queryKey: ['plans', 'revisions', plan?.id, plan?.currentRevision],
    queryFn: () => dataProvider.getPlanRevisions(plan!.id),
    enabled: published,
  });
  if (!plan) return null;
  if (!published) return <Alert severity="info">{translate('resources.plans.revisions.none')}</Alert>;
  if (isPending) return <CircularProgress size={24} aria-label={translate('ra.page.loading')} />;
  if (error) return <Alert severity="error">{error.message}</Alert>;
  const names: ValueNames = {
    orgUnit: (id) => orgUnit(id),
    month: (month) => monthName(month, locale),
    choice: (field, value) => translate(`${CHOICE_PREFIX[field] ?? field}.${value}`, { _: value }),
  };
  return (
    <Stack data-testid="plan-revisions">
      {data.map((revision) => (
        <Revision key={revision.id} revision={revision} names={names} />
      ))}
    </Stack>
  );
};
