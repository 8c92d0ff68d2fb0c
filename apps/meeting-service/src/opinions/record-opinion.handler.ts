import { Injectable } from '@nestjs/common';
import { CommonErrorCode, MeetingErrorCode, type MeetingStatus, type MeetingView, recordOpinionCommandSchema } from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';
import { TenantDatabase } from '@xieshang/platform-persistence';
import { currentCaller, nameOf } from '@xieshang/platform-tenancy';
import type { z } from 'zod';
import { auditChange } from '../audit.js';
import { invitedParty, isOrganiserRole } from '../meetings/meeting-access.rules.js';
import { detailsOf, findVisibleMeeting } from '../meetings/meeting-repository.js';
import { toMeetingView } from '../meetings/meeting-view.js';
import { PreparedOpinionEntity } from '../prepared-opinions/prepared-opinion.entity.js';
import { MeetingOpinionEntity } from './meeting-opinion.entity.js';

/** Opinions are recorded once the meeting is held, until it is closed. */
const RECORDING: readonly MeetingStatus[] = ['held', 'minutes_recorded', 'outcomes_transferred'];

/**
 * 意见建议 raised at the meeting or handed in in writing: recorded by the organiser for any invited
 * party, or submitted by an invited party for itself. Each becomes one opinion event when the
 * outcomes are transferred.
 */
@Injectable()
export class RecordOpinionHandler {
  constructor(private readonly database: TenantDatabase) {}

  execute(command: z.infer<typeof recordOpinionCommandSchema>): Promise<MeetingView> {
    const caller = currentCaller();
    return this.database.write(async (manager) => {
      const meeting = await findVisibleMeeting(manager, command.id, caller, true);
      const organiser = isOrganiserRole(caller);
      const ownParty = invitedParty(caller, meeting);
      if (!organiser && !ownParty) throw new AppException(CommonErrorCode.Forbidden, 'Only the organisers or an invited party record opinions');
      if (!RECORDING.includes(meeting.status)) throw new AppException(MeetingErrorCode.NotInState, 'Opinions are recorded once the meeting is held');
      const partyOrgUnitId = organiser ? (command.partyOrgUnitId ?? null) : ownParty;
      if (partyOrgUnitId && !meeting.invitedOrgUnitIds.includes(partyOrgUnitId)) {
        throw AppException.invalidInput([{ path: 'partyOrgUnitId', message: 'must be a party invited to the meeting' }]);
      }
      if (!organiser && command.partyOrgUnitId && command.partyOrgUnitId !== ownParty) {
        throw AppException.invalidInput([{ path: 'partyOrgUnitId', message: 'a party submits only its own opinions' }]);
      }
      if (command.preparedOpinionId) {
        const prepared = await manager.getRepository(PreparedOpinionEntity).findOneBy({ id: command.preparedOpinionId, meetingId: meeting.id });
        if (!prepared || prepared.status !== 'approved' || prepared.orgUnitId !== partyOrgUnitId) {
          throw AppException.invalidInput([{ path: 'preparedOpinionId', message: "must be the party's approved prepared opinion for this meeting" }]);
        }
      }
      const opinion = await manager.getRepository(MeetingOpinionEntity).save(
        manager.getRepository(MeetingOpinionEntity).create({
          meetingId: meeting.id,
          partyOrgUnitId,
          raisedByPersonId: command.raisedByPersonId ?? null,
          raisedByName: command.raisedByName,
          text: command.text,
          form: command.form,
          forAgenda: organiser ? command.forAgenda : false,
          preparedOpinionId: command.preparedOpinionId ?? null,
          recordedBy: caller.personId,
          recordedByName: nameOf(caller),
          transferredAt: null,
        }),
      );
      await auditChange(manager, 'meeting-opinion', opinion.id, 'recorded', null, {
        meetingId: meeting.id,
        partyOrgUnitId,
        form: opinion.form,
        forAgenda: opinion.forAgenda,
      });
      return toMeetingView(meeting, caller, await detailsOf(manager, meeting.id));
    });
  }
}
