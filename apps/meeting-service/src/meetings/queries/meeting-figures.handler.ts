import { Injectable } from '@nestjs/common';
import { CommonErrorCode, MEETING_KINDS, type MeetingFiguresView, meetingFiguresQuerySchema, type MeetingKind } from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';
import { TenantDatabase } from '@xieshang/platform-persistence';
import { currentCaller } from '@xieshang/platform-tenancy';
import type { z } from 'zod';
import { isOrganiserRole } from '../meeting-access.rules.js';

const HELD = ['held', 'minutes_recorded', 'outcomes_transferred', 'closed'];

/** The year's meetings by type and state, and how many notices and documents went out late (§4.1.2). */
@Injectable()
export class MeetingFiguresHandler {
  constructor(private readonly database: TenantDatabase) {}

  execute(query: z.infer<typeof meetingFiguresQuerySchema>): Promise<MeetingFiguresView> {
    const caller = currentCaller();
    const readers = ['leader', 'supervisor', 'city-observer'] as const;
    if (!isOrganiserRole(caller) && !readers.some((role) => caller.roles.includes(role))) {
      throw new AppException(CommonErrorCode.Forbidden, "The year's meeting figures are for the organisers, leader, supervisor and city observer");
    }
    return this.database.run(async (manager) => {
      const rows: Array<{ type: MeetingKind; status: string; count: number; late_notices: number; late_documents: number }> = await manager.query(
        `select type, status, count(*)::integer as count,
                count(late_notice_reason)::integer as late_notices, count(late_documents_reason)::integer as late_documents
         from meeting.meetings where year = $1 group by type, status`,
        [query.year],
      );
      const byType = Object.fromEntries(MEETING_KINDS.map((kind) => [kind, { planned: 0, held: 0, cancelled: 0 }])) as MeetingFiguresView['byType'];
      let lateNotices = 0;
      let lateDocuments = 0;
      let total = 0;
      for (const row of rows) {
        const figures = byType[row.type];
        if (row.status === 'cancelled') figures.cancelled += row.count;
        else {
          figures.planned += row.count;
          if (HELD.includes(row.status)) figures.held += row.count;
        }
        lateNotices += row.late_notices;
        lateDocuments += row.late_documents;
        total += row.count;
      }
      return { year: query.year, byType, lateNotices, lateDocuments, total };
    });
  }
}
