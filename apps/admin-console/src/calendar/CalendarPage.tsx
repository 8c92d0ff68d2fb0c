import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import { Card, CardContent, Stack } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Title, useDataProvider, useTranslate } from 'react-admin';
import type { ConsoleDataProvider } from '../dataProvider.js';
import { CalendarSubscription } from './CalendarSubscription.js';
import { MonthGrid } from './MonthGrid.js';
import { gridWindow, monthOf, shiftMonth } from './month-grid.rules.js';
import { useDistrictZone } from '../dashboard/useMe.js';

/** The person's month: the meetings and interviews they are invited to or organise, and their feed. */
export const CalendarPage = () => {
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const translate = useTranslate();
  const zone = useDistrictZone();
  const [month, setMonth] = useState(() => monthOf(new Date(), zone));
  const window = gridWindow(month);
  const events = useQuery({ queryKey: ['calendar-events', window.from, window.to], queryFn: () => dataProvider.getCalendarEvents(window.from, window.to) });
  return (
    <>
      <Title title={translate('xs.calendar.title')} />
      <Card sx={{ mt: 2 }}>
        <CardContent>
          <Stack direction="row" spacing={1} sx={{ mb: 1 }}>
            <Button label="xs.calendar.previous" onClick={() => setMonth(shiftMonth(month, -1))} data-testid="calendar-previous">
              <ChevronLeftIcon />
            </Button>
            <Button label="xs.calendar.this_month" onClick={() => setMonth(monthOf(new Date(), zone))} />
            <Button label="xs.calendar.next" onClick={() => setMonth(shiftMonth(month, 1))} data-testid="calendar-next">
              <ChevronRightIcon />
            </Button>
          </Stack>
          <MonthGrid month={month} events={events.data ?? []} />
        </CardContent>
      </Card>
      <CalendarSubscription />
    </>
  );
};
