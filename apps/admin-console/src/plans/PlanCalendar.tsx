import { Alert, Box, Card, CardContent, Chip, Stack, Typography } from '@mui/material';
import type { PlanItemView, PlanView } from '@xieshang/contracts';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { monthName } from './plan-choices.js';
import { itemsByMonth } from './plan-items.rules.js';
import { usePlanItems } from './usePlanItems.js';

const FORM_COLOURS = { meeting: 'primary', interview: 'secondary', written: 'default' } as const;

const CalendarEntry = ({ item }: { item: PlanItemView }) => {
  const translate = useTranslate();
  const kind = item.meetingType
    ? translate(`resources.plan-items.meeting_types.${item.meetingType}`)
    : translate(`resources.plan-items.forms.${item.form}`);
  return (
    <Stack spacing={0.25} sx={{ mb: 1 }} data-testid="calendar-item">
      <Stack direction="row" spacing={0.5} alignItems="center">
        <Chip size="small" color={FORM_COLOURS[item.form]} label={kind} />
        {item.plannedDate && (
          <Typography variant="caption" color="text.secondary">
            {item.plannedDate.slice(5)}
          </Typography>
        )}
      </Stack>
      <Typography variant="body2" sx={{ textDecoration: item.status === 'cancelled' ? 'line-through' : undefined }}>
        {item.topic}
      </Typography>
    </Stack>
  );
};

/** The year at a glance: twelve months, each with the consultations planned in it. */
export const PlanCalendar = () => {
  const plan = useRecordContext<PlanView>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { readable, items } = usePlanItems(plan);
  if (!plan) return null;
  if (!readable) return <Alert severity="info">{translate('resources.plans.sections.items_hidden')}</Alert>;
  const { months, unscheduled } = itemsByMonth(items);
  return (
    <>
      <Box
        data-testid="plan-calendar"
        sx={{ display: 'grid', gap: 1.5, gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, 1fr)', md: 'repeat(4, 1fr)' } }}
      >
        {months.map((entries, index) => (
          <Card key={index} variant="outlined" data-testid={`calendar-month-${index + 1}`} sx={{ minHeight: 120 }}>
            <CardContent>
              <Typography variant="subtitle1" component="h3" gutterBottom>
                {monthName(index + 1, locale)}
              </Typography>
              {entries.map((item) => (
                <CalendarEntry key={item.id} item={item} />
              ))}
            </CardContent>
          </Card>
        ))}
      </Box>
      {unscheduled.length > 0 && (
        <Box sx={{ mt: 2 }}>
          <Typography variant="subtitle1">{translate('resources.plans.sections.no_month')}</Typography>
          {unscheduled.map((item) => (
            <CalendarEntry key={item.id} item={item} />
          ))}
        </Box>
      )}
    </>
  );
};
