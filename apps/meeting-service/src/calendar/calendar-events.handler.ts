import { Inject, Injectable } from '@nestjs/common';
import {
  calendarFeedSchema,
  type CalendarEventView,
  CalendarErrorCode,
  type CalendarFeed,
  calendarWindowSchema,
  CommonErrorCode,
  type CurrentPersonView,
  DirectorySubject,
} from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';
import { ServiceRequester } from '@xieshang/platform-messaging';
import { TenantDatabase } from '@xieshang/platform-persistence';
import { currentCaller, requireTenantId, runAsCaller } from '@xieshang/platform-tenancy';
import type { z } from 'zod';
import { calendarFeed } from './calendar-feed.rules.js';
import { CALENDAR_SOURCES, type CalendarPerson, type CalendarSource, type CalendarWindow } from './calendar-source.js';
import { CalendarSubscriptionEntity } from './calendar-subscription.entity.js';
import { MeetingSettings } from '../settings/meeting-settings.js';
import { daysWindow, feedWindow, hashCalendarToken } from './calendar-token.rules.js';

/** The signed-in person's events for the console's month view, and anyone's feed by its token. */
@Injectable()
export class CalendarEventsHandler {
  constructor(
    private readonly database: TenantDatabase,
    private readonly services: ServiceRequester,
    private readonly settings: MeetingSettings,
    @Inject(CALENDAR_SOURCES) private readonly sources: CalendarSource[],
  ) {}

  /** Days are the district's: `from` 2027-03-01 starts at 00:00 on its clock, `to` is included. */
  async events(query: z.infer<typeof calendarWindowSchema>): Promise<CalendarEventView[]> {
    const caller = currentCaller();
    if (!caller.personId) throw new AppException(CommonErrorCode.Forbidden, 'Only a signed-in person has a calendar');
    const [person, zone] = await Promise.all([this.services.request<CurrentPersonView>(DirectorySubject.CurrentPerson, {}), this.settings.timeZone()]);
    const window = daysWindow(query.from, query.to, zone);
    return this.collect({ personIds: [...new Set([caller.personId, person.id])], orgUnitId: caller.orgUnitId, roles: caller.roles }, window);
  }

  /**
   * The feed of a token: the tenant is the token's, the person its subscription's, and what the
   * person may see is asked of the directory now, so a disabled person's feed stops at once.
   */
  async feed(query: z.infer<typeof calendarFeedSchema>): Promise<CalendarFeed> {
    const notFound = new AppException(CalendarErrorCode.FeedNotFound, 'No calendar feed has this address');
    const tokenHash = hashCalendarToken(query.token);
    const subscription = await this.database.run((manager) => manager.getRepository(CalendarSubscriptionEntity).findOne({ where: { tokenHash } }));
    if (!subscription) throw notFound;
    const caller = currentCaller();
    const person = await runAsCaller({ ...caller, personId: subscription.personId, username: subscription.username }, () =>
      this.services.request<CurrentPersonView>(DirectorySubject.CurrentPerson, {}),
    ).catch((error: unknown) => {
      if (error instanceof AppException && error.code !== CommonErrorCode.Internal && !error.code.startsWith('GATEWAY.')) throw notFound;
      throw error;
    });
    const personIds = [...new Set([subscription.personId, person.id])];
    const events = await this.collect({ personIds, orgUnitId: person.orgUnit?.id ?? null, roles: person.roles }, feedWindow(new Date()));
    return { ics: calendarFeed(events, requireTenantId()) };
  }

  private collect(person: CalendarPerson, window: CalendarWindow): Promise<CalendarEventView[]> {
    return this.database.run(async (manager) => {
      const lists = [];
      for (const source of this.sources) lists.push(await source.eventsFor(manager, person, window));
      return lists.flat().sort((a, b) => a.startsAt.localeCompare(b.startsAt));
    });
  }
}
