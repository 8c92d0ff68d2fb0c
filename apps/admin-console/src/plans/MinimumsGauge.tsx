import { Box, Chip, LinearProgress, Stack, Typography } from '@mui/material';
import { MINIMUM_KINDS, type PlanView } from '@xieshang/contracts';
import { useRecordContext, useTranslate } from 'react-admin';

/** Planned against required per yearly minimum (§3.1), red where the plan falls short. */
export const MinimumsGauge = () => {
  const plan = useRecordContext<PlanView>();
  const translate = useTranslate();
  if (!plan?.minimums) return null;
  return (
    <Box data-testid="plan-minimums" sx={{ minWidth: 280 }}>
      <Typography variant="subtitle2" component="h3" gutterBottom>
        {translate('resources.plans.minimums.title')}
      </Typography>
      {MINIMUM_KINDS.map((kind) => {
        const standing = plan.minimums[kind];
        const ratio = standing.required > 0 ? Math.min(100, (standing.planned / standing.required) * 100) : 100;
        const name = translate(`resources.plan-items.meeting_types.${kind}`);
        const count = translate('resources.plans.minimums.count', { planned: standing.planned, required: standing.required });
        return (
          <Box key={kind} sx={{ mb: 1 }} data-testid={`minimum-${kind}`} data-met={String(standing.met)}>
            <Stack direction="row" spacing={1} alignItems="center" justifyContent="space-between">
              <Typography variant="body2">{name}</Typography>
              <Stack direction="row" spacing={1} alignItems="center">
                <Typography variant="body2" color={standing.met ? 'text.secondary' : 'error'}>
                  {count}
                </Typography>
                <Chip
                  size="small"
                  color={standing.met ? 'success' : 'error'}
                  label={translate(standing.met ? 'resources.plans.minimums.met' : 'resources.plans.minimums.below')}
                />
              </Stack>
            </Stack>
            <LinearProgress
              variant="determinate"
              value={ratio}
              color={standing.met ? 'success' : 'error'}
              aria-label={name}
              aria-valuetext={count}
            />
          </Box>
        );
      })}
    </Box>
  );
};
