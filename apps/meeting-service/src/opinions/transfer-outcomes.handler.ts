import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { type MeetingView, meetingRefSchema, OpinionEvent, type OpinionRecordedPayload } from '@xieshang/contracts';
import { recordEvent } from '@xieshang/platform-messaging';
import { TenantDatabase } from '@xieshang/platform-persistence';
import { currentCaller } from '@xieshang/platform-tenancy';
import type { z } from 'zod';
import { OUTBOX } from '../meeting.constants.js';
import { auditMeeting, recordStep, snapshot } from '../meetings/meeting-records.js';
import { detailsOf, findVisibleMeeting } from '../meetings/meeting-repository.js';
import { assertMeetingAction } from '../meetings/meeting.rules.js';
import { MeetingEntity } from '../meetings/meeting.entity.js';
import { toMeetingView } from '../meetings/meeting-view.js';
import { MeetingOpinionEntity } from './meeting-opinion.entity.js';

/**
 * The meeting's outcomes go to handling: each opinion not yet sent becomes one
 * `evt.meeting.opinion.recorded.v1` and is marked sent in the same transaction, under the
 * meeting's lock, so calling this again sends nothing twice.
 */
@Injectable()
export class TransferOutcomesHandler {
  constructor(private readonly database: TenantDatabase) {}

  execute(command: z.infer<typeof meetingRefSchema>): Promise<MeetingView> {
    const caller = currentCaller();
    return this.database.write(async (manager) => {
      const meeting = await findVisibleMeeting(manager, command.id, caller, true);
      const next = assertMeetingAction(caller, meeting, 'transfer-outcomes');
      const before = snapshot(meeting, caller);
      const pending = await manager.getRepository(MeetingOpinionEntity).find({ where: { meetingId: meeting.id, transferredAt: IsNull() }, order: { raisedAt: 'ASC', id: 'ASC' } });
      const now = new Date();
      for (const opinion of pending) {
        const payload: OpinionRecordedPayload = {
          opinionId: opinion.id,
          source: { kind: 'meeting', recordId: meeting.id, title: meeting.title.slice(0, 200), section: null, draftingOrgUnitId: null },
          partyOrgUnitId: opinion.partyOrgUnitId,
          raisedByPersonId: opinion.raisedByPersonId,
          raisedByName: opinion.raisedByName,
          text: opinion.text,
          suggestedTrack: 'actionable',
          raisedAt: opinion.raisedAt.toISOString(),
          confidential: meeting.type === 'personnel',
        };
        await recordEvent(manager, { subject: OpinionEvent.FromMeeting, payload }, OUTBOX);
        await manager.getRepository(MeetingOpinionEntity).update({ id: opinion.id }, { transferredAt: now });
      }
      meeting.status = next;
      const saved = await manager.getRepository(MeetingEntity).save(meeting);
      await recordStep(manager, saved, 'outcomes-transferred', caller, `${pending.length}`);
      await auditMeeting(manager, saved, 'outcomes-transferred', before, caller);
      return toMeetingView(saved, caller, await detailsOf(manager, saved.id));
    });
  }
}
