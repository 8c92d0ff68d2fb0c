import { Box, Link, Typography } from '@mui/material';
import type { CalendarEventView } from '@xieshang/contracts';
import { useLocaleState, useTranslate } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import { eventsByDay, type Month, monthWeeks, timeOf } from './month-grid.rules.js';
import { useDistrictZone } from '../dashboard/useMe.js';
import { districtToday } from '../common/district-time.rules.js';

/** Monday first; the names come from the browser's own calendar in the console's language. */
const weekdayNames = (locale: string): string[] =>
  Array.from({ length: 7 }, (_, index) => new Date(Date.UTC(2024, 0, 1 + index)).toLocaleDateString(locale, { weekday: 'short', timeZone: 'UTC' }));

/** A month as a table of weeks, each day with its meetings and interviews, each linking to its record. */
export const MonthGrid = ({ month, events }: { month: Month; events: readonly CalendarEventView[] }) => {
  const [locale = 'zh-CN'] = useLocaleState();
  const translate = useTranslate();
  const zone = useDistrictZone();
  const byDay = eventsByDay(events, zone);
  const today = districtToday(zone);
  const caption = new Date(`${month}-01T00:00:00Z`).toLocaleDateString(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' });
  return (
    <Box component="table" data-testid="month-grid" sx={{ width: '100%', borderCollapse: 'collapse', tableLayout: 'fixed' }}>
      <caption style={{ captionSide: 'top', textAlign: 'left', fontWeight: 600, padding: '8px 0' }}>{caption}</caption>
      <thead>
        <tr>
          {weekdayNames(locale).map((name) => (
            <Box component="th" scope="col" key={name} sx={{ p: 0.5, fontWeight: 600, textAlign: 'left', borderBottom: 1, borderColor: 'divider' }}>
              {name}
            </Box>
          ))}
        </tr>
      </thead>
      <tbody>
        {monthWeeks(month).map((week) => (
          <tr key={week[0]?.day}>
            {week.map(({ day, inMonth }) => (
              <Box
                component="td"
                key={day}
                data-day={day}
                sx={{ verticalAlign: 'top', height: 96, p: 0.5, border: 1, borderColor: 'divider', bgcolor: day === today ? 'action.selected' : inMonth ? 'background.paper' : 'action.hover' }}
              >
                <Typography variant="caption" component="div" color={inMonth ? 'text.primary' : 'text.secondary'} aria-current={day === today ? 'date' : undefined}>
                  {Number(day.slice(8))}
                </Typography>
                {(byDay.get(day) ?? []).map((event) => (
                  <Link
                    key={event.id}
                    component={RouterLink}
                    to={`/${event.resource}/${event.recordId}/show`}
                    variant="caption"
                    display="block"
                    underline="hover"
                    data-testid="calendar-event"
                    data-record={event.recordId}
                    title={event.title}
                    sx={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}
                  >
                    {timeOf(event.startsAt, zone)} {translate(`xs.calendar.kinds.${event.kind}`)} {event.title}
                  </Link>
                ))}
              </Box>
            ))}
          </tr>
        ))}
      </tbody>
    </Box>
  );
};
