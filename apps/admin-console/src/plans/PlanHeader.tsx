import { Alert, Card, CardContent, Stack, Typography } from '@mui/material';
import type { PlanView } from '@xieshang/contracts';
import type { ReactNode } from 'react';
import { useRecordContext, useTranslate } from 'react-admin';
import { StatusChip } from '../common/StatusChip.js';
import { MinimumsGauge } from './MinimumsGauge.js';
import { useDistrictTime } from '../dashboard/useMe.js';

const Fact = ({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) => (
  <Stack direction="row" spacing={1}>
    <Typography variant="body2" color="text.secondary" sx={{ minWidth: 110 }}>
      {label}
    </Typography>
    <Typography variant="body2" data-testid={testId}>
      {children}
    </Typography>
  </Stack>
);

/** Title, state, who approved and published it under which decision, and why it stands as it does. */
export const PlanHeader = () => {
  const plan = useRecordContext<PlanView>();
  const translate = useTranslate();
  const time = useDistrictTime();
  if (!plan) return null;
  const when = (iso: string | null) => (iso ? time.dateTime(iso) : '-');
  const field = (name: string) => translate(`resources.plans.fields.${name}`);
  return (
    <Card variant="outlined" sx={{ mb: 2 }} data-testid="plan-header">
      <CardContent>
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={3} justifyContent="space-between">
          <Stack spacing={1}>
            <Stack direction="row" spacing={2} alignItems="center">
              <Typography variant="h5" component="h2" data-testid="plan-title">
                {plan.title}
              </Typography>
              <StatusChip resource="plans" />
            </Stack>
            <Fact label={field('year')}>{plan.year}</Fact>
            <Fact label={field('itemCount')}>{plan.itemCount}</Fact>
            {plan.suggestionsDeadline && <Fact label={field('suggestionsDeadline')}>{plan.suggestionsDeadline}</Fact>}
            {plan.decisionReference && (
              <Fact label={field('decisionReference')} testId="plan-decision-reference">
                {plan.decisionReference}
              </Fact>
            )}
            {plan.approvedAt && (
              <Fact label={field('approvedByName')}>
                {plan.approvedByName ?? '-'} · {when(plan.approvedAt)}
              </Fact>
            )}
            {plan.publishedAt && (
              <Fact label={field('publishedByName')}>
                {plan.publishedByName ?? '-'} · {when(plan.publishedAt)}
              </Fact>
            )}
            {plan.currentRevision > 0 && <Fact label={field('currentRevision')}>{plan.currentRevision}</Fact>}
          </Stack>
          <MinimumsGauge />
        </Stack>
        {plan.status === 'soliciting' && plan.suggestionsDeadline && (
          <Alert severity="info" sx={{ mt: 2 }}>
            {translate('resources.plans.sections.soliciting_until', { deadline: plan.suggestionsDeadline })}
          </Alert>
        )}
        {plan.status === 'draft' && plan.returnReason && (
          <Alert severity="info" sx={{ mt: 2 }} data-testid="plan-return-reason">
            {translate('resources.plans.sections.returned', { reason: plan.returnReason })}
          </Alert>
        )}
        {plan.belowMinimumReason && (
          <Alert severity="warning" sx={{ mt: 2 }} data-testid="plan-below-minimum-reason">
            {translate('resources.plans.sections.below_minimum', { reason: plan.belowMinimumReason })}
          </Alert>
        )}
        {plan.skipSolicitationReason && (
          <Alert severity="info" sx={{ mt: 2 }} data-testid="plan-skip-solicitation-reason">
            {translate('resources.plans.sections.not_solicited', { reason: plan.skipSolicitationReason })}
          </Alert>
        )}
      </CardContent>
    </Card>
  );
};
