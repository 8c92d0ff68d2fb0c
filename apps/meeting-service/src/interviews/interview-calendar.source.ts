import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CalendarEventView } from '@xieshang/contracts';
import type { CalendarPerson, CalendarSource, CalendarWindow } from '../calendar/calendar-source.js';
import { InterviewEntity } from './interview.entity.js';
import { CPC_SIDE } from './interview.rules.js';

const PARTY_ROLES = ['party-member', 'party-leader'] as const;

/**
 * The arranged interviews a person takes part in: as the CPC leader, as whoever invited or
 * arranged it, or as a member of the invited party. Declined ones and those never arranged have no time.
 */
@Injectable()
export class InterviewCalendarSource implements CalendarSource {
  readonly kind = 'interview' as const;

  async eventsFor(manager: EntityManager, person: CalendarPerson, window: CalendarWindow): Promise<CalendarEventView[]> {
    const builder = manager
      .getRepository(InterviewEntity)
      .createQueryBuilder('interview')
      .where('interview.starts_at >= :from and interview.starts_at < :to', { from: window.from, to: window.to })
      .andWhere("interview.status in ('scheduled', 'held', 'recorded')");
    const partyMember = person.orgUnitId !== null && PARTY_ROLES.some((role) => person.roles.includes(role));
    const cpcSide = CPC_SIDE.some((role) => person.roles.includes(role));
    const who = ['interview.leader_person_id in (:...person)'];
    if (cpcSide) who.push('interview.requested_by in (:...person)', 'interview.scheduled_by in (:...person)');
    if (partyMember) who.push('interview.party_org_unit_id = :party');
    builder.andWhere(`(${who.join(' or ')})`, { person: [...person.personIds], party: person.orgUnitId });
    const interviews = await builder.orderBy('interview.startsAt', 'ASC').getMany();
    return interviews.map((interview) => ({
      id: `interview:${interview.id}`,
      kind: this.kind,
      recordId: interview.id,
      resource: 'interviews',
      title: interview.subject,
      startsAt: (interview.startsAt as Date).toISOString(),
      endsAt: (interview.endsAt ?? interview.startsAt as Date).toISOString(),
      place: interview.place,
      status: interview.status,
    }));
  }
}
