import type { EntityManager } from 'typeorm';
import type { CalendarEventView, Role } from '@xieshang/contracts';

/** The person a calendar is for, as the directory knows them now (not as a token once knew them). */
export interface CalendarPerson {
  /**
   * The person's ids: the directory's, and the identity provider's subject when it is another
   * (records name a person by either, as the caller's token or the directory gave it).
   */
  personIds: readonly string[];
  orgUnitId: string | null;
  roles: readonly Role[];
}

/** The window asked for: events that start at or after `from` and before `to`. */
export interface CalendarWindow {
  from: Date;
  to: Date;
}

/**
 * One kind of record that puts events in a person's calendar (interviews, meetings). A source
 * filters per person itself: it lists only what that person is invited to or organises, so a
 * confidential record (a personnel meeting) reaches only its invitees and organisers. It reads in
 * the tenant transaction it is given, never asking another service.
 */
export interface CalendarSource {
  readonly kind: CalendarEventView['kind'];
  eventsFor(manager: EntityManager, person: CalendarPerson, window: CalendarWindow): Promise<CalendarEventView[]>;
}

/** The injection token of every registered source, as one list (see calendar-sources.ts). */
export const CALENDAR_SOURCES = Symbol('CALENDAR_SOURCES');
