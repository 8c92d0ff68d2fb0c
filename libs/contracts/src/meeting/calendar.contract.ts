import { z } from 'zod';
import { isoDay, text } from '../common/primitives.js';

/**
 * A person's calendar: the meetings and interviews they are invited to or organise, listed for
 * the console's month view and published as an iCalendar feed behind a revocable token.
 */
export const CalendarSubject = {
  Events: 'meeting.calendar.events',
  /** The unauthenticated feed: the token names the tenant and, once hashed, the person. */
  Feed: 'meeting.calendar.feed',
  GetSubscription: 'meeting.calendar-subscription.get',
  RotateSubscription: 'meeting.calendar-subscription.rotate',
  RevokeSubscription: 'meeting.calendar-subscription.revoke',
} as const;

export const CalendarErrorCode = {
  /** An unknown, malformed or revoked feed token: never told apart. */
  FeedNotFound: 'CALENDAR.FEED_NOT_FOUND',
} as const;

/**
 * `xscal.<tenant>.<43 random base64url characters>`: the tenant lets the feed open its tenant's
 * transaction; the prefix lets the logs recognise and redact it.
 */
export const CALENDAR_TOKEN_PATTERN = /^xscal\.([a-z][a-z0-9-]{1,62})\.[A-Za-z0-9_-]{43}$/;

export const tenantOfCalendarToken = (token: string): string | null => CALENDAR_TOKEN_PATTERN.exec(token)?.[1] ?? null;

/** The longest window the month view may ask for at once. */
export const CALENDAR_WINDOW_MAX_DAYS = 62;

export const calendarWindowSchema = z
  .strictObject({ from: isoDay, to: isoDay })
  .refine((window) => window.to >= window.from, { path: ['to'], message: 'to is on or after from' })
  .refine((window) => (Date.parse(window.to) - Date.parse(window.from)) / 86_400_000 <= CALENDAR_WINDOW_MAX_DAYS, {
    path: ['to'],
    message: `at most ${CALENDAR_WINDOW_MAX_DAYS} days`,
  });

export const calendarFeedSchema = z.strictObject({ token: text.regex(CALENDAR_TOKEN_PATTERN) });

export const CALENDAR_EVENT_KINDS = ['meeting', 'interview'] as const;

export interface CalendarEventView {
  /** `<kind>:<record id>`, unique in a person's calendar. */
  id: string;
  kind: (typeof CALENDAR_EVENT_KINDS)[number];
  recordId: string;
  /** The console's resource of the record: `interviews`, `meetings`. */
  resource: string;
  title: string;
  startsAt: string;
  endsAt: string;
  place: string | null;
  status: string;
}

export interface CalendarSubscriptionView {
  active: boolean;
  createdAt: string | null;
}

/** The token is shown once, when issued; only its hash is kept. */
export interface CalendarSubscriptionIssued {
  token: string;
  createdAt: string;
}

export interface CalendarFeed {
  ics: string;
}
