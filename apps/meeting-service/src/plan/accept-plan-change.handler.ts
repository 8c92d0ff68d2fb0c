import { Injectable } from '@nestjs/common';
import { CommonErrorCode, MeetingErrorCode, MeetingEvent, type MeetingView, meetingRefSchema } from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';
import { TenantDatabase } from '@xieshang/platform-persistence';
import { currentCaller } from '@xieshang/platform-tenancy';
import type { z } from 'zod';
import { cancelMeetingDeadlines, scheduleLeadWarnings } from '../meetings/lead-time-warnings.js';
import { isOrganiserRole } from '../meetings/meeting-access.rules.js';
import { auditMeeting, closeTask, recordMeetingEvent, recordStep, snapshot, taskKey } from '../meetings/meeting-records.js';
import { scheduleMeetingReminder } from '../meetings/meeting-reminder.js';
import { detailsOf, findVisibleMeeting } from '../meetings/meeting-repository.js';
import { EDITABLE_STATES } from '../meetings/meeting.rules.js';
import { MeetingEntity } from '../meetings/meeting.entity.js';
import { toMeetingView } from '../meetings/meeting-view.js';
import { MeetingSettings } from '../settings/meeting-settings.js';
import { moveToDay } from './plan-meetings.rules.js';

/**
 * The organiser applies a plan revision that reached a meeting already noticed: it moves to the
 * new day (everyone invited is told again) or is cancelled with the revision's reason.
 */
@Injectable()
export class AcceptPlanChangeHandler {
  constructor(
    private readonly database: TenantDatabase,
    private readonly settings: MeetingSettings,
  ) {}

  async execute(command: z.infer<typeof meetingRefSchema>): Promise<MeetingView> {
    const caller = currentCaller();
    if (!isOrganiserRole(caller)) throw new AppException(CommonErrorCode.Forbidden, "Only office or UFWD apply the plan's change");
    const [lead, zone] = await Promise.all([this.settings.leadDays(), this.settings.timeZone()]);
    return this.database.write(async (manager) => {
      const meeting = await findVisibleMeeting(manager, command.id, caller, true);
      const change = meeting.planChange;
      if (!change) throw new AppException(MeetingErrorCode.NoPlanChange, 'No change of the plan waits on this meeting');
      if (!EDITABLE_STATES.includes(meeting.status)) throw new AppException(MeetingErrorCode.NotInState, `A ${meeting.status} meeting no longer follows the plan`);
      const before = snapshot(meeting, caller);
      const now = new Date();
      if (change.cancelled) {
        Object.assign(meeting, { status: 'cancelled', cancelReason: change.reason, planChange: null });
        await cancelMeetingDeadlines(manager, meeting, now);
        await recordMeetingEvent(manager, MeetingEvent.Cancelled, meeting, change.reason);
      } else {
        const startsAt = moveToDay(meeting.startsAt, meeting.plannedDate, change.plannedDate);
        const moved = (startsAt?.getTime() ?? null) !== (meeting.startsAt?.getTime() ?? null);
        Object.assign(meeting, { plannedDate: change.plannedDate, plannedMonth: change.plannedMonth, startsAt, planChange: null });
        await scheduleLeadWarnings(manager, meeting, lead, now);
        await scheduleMeetingReminder(manager, meeting, zone, now);
        if (moved) await recordMeetingEvent(manager, MeetingEvent.Rescheduled, meeting, change.reason);
      }
      const saved = await manager.getRepository(MeetingEntity).save(meeting);
      await closeTask(manager, taskKey(saved, 'plan-change'));
      await recordStep(manager, saved, 'plan-change-accepted', caller, change.reason);
      await auditMeeting(manager, saved, 'plan-change-accepted', before, caller);
      return toMeetingView(saved, caller, await detailsOf(manager, saved.id));
    });
  }
}
