import { CalendarEventsHandler } from './calendar-events.handler.js';
import { calendarSourceProviders } from './calendar-sources.js';
import { CalendarSubscriptionEntity } from './calendar-subscription.entity.js';
import { CalendarSubscriptionHandler } from './calendar-subscription.handler.js';

export const CALENDAR_ENTITIES = [CalendarSubscriptionEntity];
export const CALENDAR_PROVIDERS = [...calendarSourceProviders, CalendarSubscriptionHandler, CalendarEventsHandler];
