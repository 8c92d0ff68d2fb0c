import ical, { ICalEventStatus } from 'ical-generator';
import type { CalendarEventView } from '@xieshang/contracts';

const KIND_LABEL: Record<CalendarEventView['kind'], string> = { meeting: '会议协商', interview: '约谈协商' };

/**
 * The iCalendar text of a person's events. Each event's UID is its record's, so a calendar
 * application updates an event when the record moves instead of adding another.
 */
export const calendarFeed = (events: readonly CalendarEventView[], tenantId: string): string => {
  const calendar = ical({ name: '协商日程', prodId: { company: 'xieshang', product: 'consultation-calendar', language: 'ZH' } });
  for (const event of events) {
    calendar.createEvent({
      id: `${event.kind}-${event.recordId}@${tenantId}.xieshang`,
      start: new Date(event.startsAt),
      end: new Date(event.endsAt),
      summary: `${KIND_LABEL[event.kind]}：${event.title}`,
      location: event.place,
      status: event.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
};
