import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CalendarEventView } from '@xieshang/contracts';
import type { CalendarPerson, CalendarSource, CalendarWindow } from '../calendar/calendar-source.js';
import { isInvitee, isOrganiser } from './meeting-access.rules.js';
import { MeetingEntity } from './meeting.entity.js';

/** A meeting has a start but no set end: its calendar entry blocks a half day's session. */
const SESSION_MS = 3 * 3_600_000;

/**
 * A personnel consultation's title is written by its organisers and may name a nominee; the feed
 * leaves the platform for calendar applications, so it carries only the kind of meeting.
 */
export const PERSONNEL_CALENDAR_TITLE = '人事安排协商座谈会';

/**
 * The meetings a person is invited to (their unit or themselves) or organises (office, UFWD, the
 * lead or organising unit), once noticed: a planned meeting has no notice yet, and a cancelled
 * one stays listed as cancelled so calendar applications drop it. Who counts is the meeting's own
 * access rule, without the district-wide readers: a leader's calendar lists what they attend.
 */
@Injectable()
export class MeetingCalendarSource implements CalendarSource {
  readonly kind = 'meeting' as const;

  async eventsFor(manager: EntityManager, person: CalendarPerson, window: CalendarWindow): Promise<CalendarEventView[]> {
    const meetings = await manager
      .getRepository(MeetingEntity)
      .createQueryBuilder('meeting')
      .where('meeting.starts_at >= :from and meeting.starts_at < :to', { from: window.from, to: window.to })
      .andWhere(`meeting.status <> 'planned'`)
      .orderBy('meeting.startsAt', 'ASC')
      .getMany();
    const viewers = person.personIds.map((personId) => ({ personId, orgUnitId: person.orgUnitId, roles: person.roles }));
    return meetings
      .filter((meeting) => viewers.some((viewer) => isOrganiser(viewer, meeting) || isInvitee(viewer, meeting)))
      .map((meeting) => {
        const startsAt = meeting.startsAt as Date;
        return {
          id: `meeting:${meeting.id}`,
          kind: this.kind,
          recordId: meeting.id,
          resource: 'meetings',
          title: meeting.type === 'personnel' ? PERSONNEL_CALENDAR_TITLE : meeting.title,
          startsAt: startsAt.toISOString(),
          endsAt: new Date(startsAt.getTime() + SESSION_MS).toISOString(),
          place: meeting.place,
          status: meeting.status,
        };
      });
  }
}
