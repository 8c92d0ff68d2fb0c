import { Injectable } from '@nestjs/common';
import { type AgendaOutcomeView, agendaOutcomesQuerySchema, CommonErrorCode, type ListResult } from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';
import { TenantDatabase } from '@xieshang/platform-persistence';
import { currentCaller } from '@xieshang/platform-tenancy';
import type { z } from 'zod';
import { isOrganiserRole } from '../meetings/meeting-access.rules.js';
import { MeetingEntity } from '../meetings/meeting.entity.js';
import { MeetingOpinionEntity } from './meeting-opinion.entity.js';

/** The outcomes marked for the standing committee's agenda (提交常委会研究), listed for the office. */
@Injectable()
export class AgendaOutcomesHandler {
  constructor(private readonly database: TenantDatabase) {}

  list(query: z.infer<typeof agendaOutcomesQuerySchema>): Promise<ListResult<AgendaOutcomeView>> {
    const caller = currentCaller();
    const organiser = isOrganiserRole(caller);
    if (!organiser && !caller.roles.includes('leader')) throw new AppException(CommonErrorCode.Forbidden, 'The agenda outcomes are listed for the office, UFWD and the leader');
    return this.database.run(async (manager) => {
      const builder = manager
        .getRepository(MeetingOpinionEntity)
        .createQueryBuilder('opinion')
        .innerJoinAndMapOne('opinion.meeting', MeetingEntity, 'meeting', 'meeting.id = opinion.meeting_id')
        .where('opinion.for_agenda')
        .andWhere(`meeting.status <> 'cancelled'`);
      // A leader who was not invited reads no personnel consultation's opinions.
      if (!organiser) builder.andWhere(`meeting.type <> 'personnel'`);
      if (query.year) builder.andWhere('meeting.year = :year', { year: query.year });
      const rows = (await builder.orderBy('opinion.raised_at', 'DESC').addOrderBy('opinion.id', 'ASC').limit(500).getMany()) as Array<MeetingOpinionEntity & { meeting: MeetingEntity }>;
      const items = rows.map((row) => ({
        opinionId: row.id,
        meetingId: row.meetingId,
        meetingTitle: row.meeting.title,
        partyOrgUnitId: row.partyOrgUnitId,
        raisedByName: row.raisedByName,
        text: row.text,
        raisedAt: row.raisedAt.toISOString(),
      }));
      return { items, total: items.length };
    });
  }
}
