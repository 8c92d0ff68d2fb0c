import type { CalendarEventView, CalendarSubscriptionIssued, CalendarSubscriptionView } from '@xieshang/contracts';
import { consoleConfig } from '../config.js';
import type { HttpClient } from '../httpClient.js';

/** The signed-in person's calendar: a month's events and the feed subscription. */
export interface CalendarApi {
  getCalendarEvents(from: string, to: string): Promise<CalendarEventView[]>;
  getCalendarSubscription(): Promise<CalendarSubscriptionView>;
  /** A new feed address; any earlier one stops working. */
  rotateCalendarSubscription(): Promise<CalendarSubscriptionIssued>;
  revokeCalendarSubscription(): Promise<CalendarSubscriptionView>;
}

const api = (path: string) => `${consoleConfig.apiUrl}${path}`;

/** The address a calendar application subscribes to. */
export const feedUrl = (token: string): string => new URL(api(`/calendar/${token}.ics`), window.location.origin).toString();

export const calendarApi = (httpClient: HttpClient): CalendarApi => ({
  async getCalendarEvents(from, to) {
    return (await httpClient(api(`/calendar/events?from=${from}&to=${to}`))).json as CalendarEventView[];
  },
  async getCalendarSubscription() {
    return (await httpClient(api('/calendar/subscription'))).json as CalendarSubscriptionView;
  },
  async rotateCalendarSubscription() {
    return (await httpClient(api('/calendar/subscription'), { method: 'POST', body: '{}' })).json as CalendarSubscriptionIssued;
  },
  async revokeCalendarSubscription() {
    return (await httpClient(api('/calendar/subscription'), { method: 'DELETE' })).json as CalendarSubscriptionView;
  },
});
