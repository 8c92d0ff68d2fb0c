import { Injectable } from '@nestjs/common';
import { CommonErrorCode, MeetingErrorCode, type MeetingView, meetingRefSchema } from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';
import { TenantDatabase } from '@xieshang/platform-persistence';
import { currentCaller, nameOf } from '@xieshang/platform-tenancy';
import type { z } from 'zod';
import { auditChange } from '../audit.js';
import { invitedParty } from '../meetings/meeting-access.rules.js';
import { closeTask, taskKey } from '../meetings/meeting-records.js';
import { detailsOf, findVisibleMeeting } from '../meetings/meeting-repository.js';
import { toMeetingView } from '../meetings/meeting-view.js';
import { MeetingReadingEntity } from './reading.entity.js';

/** 集中阅读: a member of an invited party confirms the party has read the documents; once per party. */
@Injectable()
export class ConfirmReadingHandler {
  constructor(private readonly database: TenantDatabase) {}

  execute(command: z.infer<typeof meetingRefSchema>): Promise<MeetingView> {
    const caller = currentCaller();
    return this.database.write(async (manager) => {
      const meeting = await findVisibleMeeting(manager, command.id, caller, true);
      const party = invitedParty(caller, meeting);
      if (!party) throw new AppException(CommonErrorCode.Forbidden, 'Only a member of an invited party confirms its reading');
      if (meeting.status !== 'documents_ready') throw new AppException(MeetingErrorCode.NotInState, 'Documents are read between their release and the meeting');
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(MeetingReadingEntity)
        .values({ meetingId: meeting.id, orgUnitId: party, personId: caller.personId, personName: nameOf(caller) })
        .orIgnore()
        .returning('id')
        .execute();
      if (inserted.raw.length > 0) {
        await auditChange(manager, 'meeting-reading', meeting.id, 'documents-read', null, { meetingId: meeting.id, orgUnitId: party });
        await closeTask(manager, taskKey(meeting, 'read-documents', party));
      }
      return toMeetingView(meeting, caller, await detailsOf(manager, meeting.id));
    });
  }
}
