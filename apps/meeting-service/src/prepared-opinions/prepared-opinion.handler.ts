import { Injectable } from '@nestjs/common';
import {
  CommonErrorCode,
  draftPreparedOpinionCommandSchema,
  MeetingErrorCode,
  type MeetingView,
  preparedOpinionRefSchema,
} from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';
import { localDay } from '@xieshang/platform-deadlines';
import { TenantDatabase } from '@xieshang/platform-persistence';
import { currentCaller, nameOf } from '@xieshang/platform-tenancy';
import type { z } from 'zod';
import { auditChange } from '../audit.js';
import { invitedParty } from '../meetings/meeting-access.rules.js';
import { closeTask, openTask, taskKey } from '../meetings/meeting-records.js';
import { detailsOf, findVisibleMeeting } from '../meetings/meeting-repository.js';
import { toMeetingView } from '../meetings/meeting-view.js';
import { PreparedOpinionEntity } from './prepared-opinion.entity.js';
import { MeetingSettings } from '../settings/meeting-settings.js';

const PREPARING = ['noticed', 'documents_ready'];

const opinionRecord = (opinion: PreparedOpinionEntity) => ({ meetingId: opinion.meetingId, orgUnitId: opinion.orgUnitId, status: opinion.status, length: opinion.text.length });

/**
 * 集体研究准备意见: a member of an invited party drafts the party's opinion for the meeting, and
 * the party's leader approves it (主委审定) before the meeting; only then do organisers see it.
 */
@Injectable()
export class PreparedOpinionHandler {
  constructor(
    private readonly database: TenantDatabase,
    private readonly settings: MeetingSettings,
  ) {}

  async draft(command: z.infer<typeof draftPreparedOpinionCommandSchema>): Promise<MeetingView> {
    const caller = currentCaller();
    const zone = await this.settings.timeZone();
    return this.database.write(async (manager) => {
      const meeting = await findVisibleMeeting(manager, command.id, caller, true);
      const party = invitedParty(caller, meeting);
      if (!party) throw new AppException(CommonErrorCode.Forbidden, 'Only a member of an invited party drafts its opinion');
      if (!PREPARING.includes(meeting.status)) throw new AppException(MeetingErrorCode.NotInState, 'Opinions are prepared between the notice and the meeting');
      const opinion = await manager.getRepository(PreparedOpinionEntity).save(
        manager.getRepository(PreparedOpinionEntity).create({ meetingId: meeting.id, orgUnitId: party, text: command.text, status: 'draft', draftedBy: caller.personId, draftedByName: nameOf(caller) }),
      );
      await auditChange(manager, 'prepared-opinion', opinion.id, 'drafted', null, opinionRecord(opinion));
      await openTask(manager, meeting, {
        taskKey: taskKey(meeting, `approve-prepared-opinion/${opinion.id}`, party),
        kind: 'meeting.approve-prepared-opinion',
        title: meeting.title,
        assignee: { orgUnitId: party, roles: ['party-leader'] },
        dueOn: meeting.startsAt ? localDay(meeting.startsAt, zone) : null,
      });
      return toMeetingView(meeting, caller, await detailsOf(manager, meeting.id));
    });
  }

  approve(command: z.infer<typeof preparedOpinionRefSchema>): Promise<MeetingView> {
    const caller = currentCaller();
    return this.database.write(async (manager) => {
      const meeting = await findVisibleMeeting(manager, command.id, caller, true);
      const party = invitedParty(caller, meeting);
      const opinion = await manager.getRepository(PreparedOpinionEntity).findOneBy({ id: command.preparedOpinionId, meetingId: meeting.id });
      if (!opinion || opinion.orgUnitId !== party) throw AppException.notFound('prepared opinion', command.preparedOpinionId);
      if (!caller.roles.includes('party-leader')) throw new AppException(CommonErrorCode.Forbidden, "Only the party's leader approves its prepared opinion");
      if (opinion.status !== 'draft') throw new AppException(MeetingErrorCode.PreparedOpinionNotInState, 'The opinion is approved already');
      if (!PREPARING.includes(meeting.status)) throw new AppException(MeetingErrorCode.NotInState, 'Opinions are approved before the meeting');
      const before = opinionRecord(opinion);
      Object.assign(opinion, { status: 'approved', approvedBy: caller.personId, approvedByName: nameOf(caller), approvedAt: new Date() });
      await manager.getRepository(PreparedOpinionEntity).save(opinion);
      await auditChange(manager, 'prepared-opinion', opinion.id, 'approved', before, opinionRecord(opinion));
      await closeTask(manager, taskKey(meeting, `approve-prepared-opinion/${opinion.id}`, party!));
      return toMeetingView(meeting, caller, await detailsOf(manager, meeting.id));
    });
  }
}
