import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  cancelMeetingCommandSchema,
  holdMeetingCommandSchema,
  lateStepCommandSchema,
  type MeetingAction,
  MeetingErrorCode,
  MeetingEvent,
  type MeetingView,
  meetingRefSchema,
  recordMinutesCommandSchema,
} from '@xieshang/contracts';
import { daysBefore, localDay } from '@xieshang/platform-deadlines';
import { AppException } from '@xieshang/platform-errors';
import { TenantDatabase } from '@xieshang/platform-persistence';
import { type Caller, currentCaller, nameOf } from '@xieshang/platform-tenancy';
import type { z } from 'zod';
import { MeetingDocumentEntity } from '../../documents/meeting-document.entity.js';
import { MeetingSettings } from '../../settings/meeting-settings.js';
import { cancelMeetingDeadlines, scheduleLeadWarnings } from '../lead-time-warnings.js';
import { auditMeeting, closeTask, openTask, recordMeetingEvent, recordStep, snapshot, taskKey } from '../meeting-records.js';
import { scheduleMeetingReminder } from '../meeting-reminder.js';
import { detailsOf, findVisibleMeeting } from '../meeting-repository.js';
import { closeOpenMeetingTasks } from '../open-meeting-tasks.js';
import { assertMeetingAction, assertSchedule, assertStartsAhead, isLate, lateReasonFor } from '../meeting.rules.js';
import { MeetingEntity } from '../meeting.entity.js';
import { toMeetingView } from '../meeting-view.js';

type Apply = (meeting: MeetingEntity, manager: EntityManager, caller: Caller) => Promise<string | null>;

/** The day before the meeting on the district's clock: the documents are read by then. */
const dayBefore = (startsAt: Date | null, zone: string): string | null => (startsAt ? localDay(daysBefore(startsAt, 1, zone), zone) : null);

/** The steps of a meeting's life: notice, documents, held, minutes, closed, or cancelled. */
@Injectable()
export class MeetingStepsHandler {
  constructor(
    private readonly database: TenantDatabase,
    private readonly settings: MeetingSettings,
  ) {}

  /**
   * The notice (会议通知) goes to every invitee, who is reminded a day before the meeting; fewer
   * than `meeting.noticeLeadDays` days ahead it needs its reason.
   */
  async notice(command: z.infer<typeof lateStepCommandSchema>): Promise<MeetingView> {
    const [lead, zone] = await Promise.all([this.settings.leadDays(), this.settings.timeZone()]);
    return this.step(command.id, 'notice', 'noticed', async (meeting, manager) => {
      const now = new Date();
      const startsAt = assertSchedule(meeting);
      assertStartsAhead(startsAt, now);
      meeting.lateNoticeReason = lateReasonFor(isLate(startsAt, now, lead.notice), command.lateReason, 'notice', lead.notice);
      meeting.status = 'noticed';
      await scheduleLeadWarnings(manager, meeting, lead, now);
      await scheduleMeetingReminder(manager, meeting, zone, now);
      await recordMeetingEvent(manager, MeetingEvent.Noticed, meeting, meeting.lateNoticeReason);
      return meeting.lateNoticeReason;
    });
  }

  /** The documents (文件稿) are ready for reading; each invited party is asked to read them. */
  async provideDocuments(command: z.infer<typeof lateStepCommandSchema>): Promise<MeetingView> {
    const [lead, zone] = await Promise.all([this.settings.leadDays(), this.settings.timeZone()]);
    return this.step(command.id, 'provide-documents', 'documents-provided', async (meeting, manager) => {
      const now = new Date();
      const startsAt = assertSchedule(meeting);
      if ((await manager.getRepository(MeetingDocumentEntity).countBy({ meetingId: meeting.id })) === 0) {
        throw new AppException(MeetingErrorCode.DocumentsMissing, 'Upload the documents before providing them');
      }
      meeting.lateDocumentsReason = lateReasonFor(isLate(startsAt, now, lead.documents), command.lateReason, 'documents', lead.documents);
      meeting.status = 'documents_ready';
      await scheduleLeadWarnings(manager, meeting, lead, now);
      await recordMeetingEvent(manager, MeetingEvent.DocumentsAvailable, meeting, meeting.lateDocumentsReason);
      for (const orgUnitId of meeting.invitedOrgUnitIds) {
        await openTask(manager, meeting, {
          taskKey: taskKey(meeting, 'read-documents', orgUnitId),
          kind: 'meeting.read-documents',
          title: meeting.title,
          assignee: { orgUnitId, roles: ['party-member', 'party-leader'] },
          dueOn: dayBefore(meeting.startsAt, zone),
        });
      }
      return meeting.lateDocumentsReason;
    });
  }

  /** Held, with who attended; the lead unit is asked for the minutes, and nobody is reminded any more. */
  hold(command: z.infer<typeof holdMeetingCommandSchema>): Promise<MeetingView> {
    return this.step(command.id, 'hold', 'held', async (meeting, manager) => {
      await cancelMeetingDeadlines(manager, meeting, new Date());
      meeting.attendance = command.attendance.map((attendee) => ({ orgUnitId: attendee.orgUnitId ?? null, personId: attendee.personId ?? null, name: attendee.name }));
      await recordMeetingEvent(manager, MeetingEvent.Held, meeting);
      for (const orgUnitId of meeting.invitedOrgUnitIds) await closeTask(manager, taskKey(meeting, 'read-documents', orgUnitId));
      if (meeting.leadOrgUnitId) {
        await openTask(manager, meeting, {
          taskKey: taskKey(meeting, 'record-minutes'),
          kind: 'meeting.record-minutes',
          title: meeting.title,
          assignee: { orgUnitId: meeting.leadOrgUnitId, roles: ['office', 'ufwd', 'department'] },
          dueOn: null,
        });
      }
      return null;
    });
  }

  /** 会议纪要 by the lead unit: text, and an attachment when one was uploaded. */
  recordMinutes(command: z.infer<typeof recordMinutesCommandSchema>): Promise<MeetingView> {
    return this.step(command.id, 'record-minutes', 'minutes-recorded', async (meeting, manager, caller) => {
      Object.assign(meeting, { minutesText: command.text, minutesRecordedByName: nameOf(caller), minutesRecordedAt: new Date() });
      await closeTask(manager, taskKey(meeting, 'record-minutes'));
      return null;
    });
  }

  close(command: z.infer<typeof meetingRefSchema>): Promise<MeetingView> {
    return this.step(command.id, 'close', 'closed', async () => null);
  }

  /** Called off with its reason; everyone invited is told, and nothing more is asked of anyone. */
  cancel(command: z.infer<typeof cancelMeetingCommandSchema>): Promise<MeetingView> {
    return this.step(command.id, 'cancel', 'cancelled', async (meeting, manager) => {
      meeting.cancelReason = command.reason;
      await cancelMeetingDeadlines(manager, meeting, new Date());
      if (meeting.status !== 'planned') await recordMeetingEvent(manager, MeetingEvent.Cancelled, meeting, command.reason);
      await closeOpenMeetingTasks(manager, meeting);
      meeting.planChange = null;
      return command.reason;
    });
  }

  private step(id: string, action: MeetingAction, done: string, apply: Apply): Promise<MeetingView> {
    const caller = currentCaller();
    return this.database.write(async (manager) => {
      const meeting = await findVisibleMeeting(manager, id, caller, true);
      const next = assertMeetingAction(caller, meeting, action);
      const before = snapshot(meeting, caller);
      const reason = await apply(meeting, manager, caller);
      meeting.status = next;
      const saved = await manager.getRepository(MeetingEntity).save(meeting);
      await recordStep(manager, saved, done, caller, reason);
      await auditMeeting(manager, saved, done, before, caller);
      return toMeetingView(saved, caller, await detailsOf(manager, saved.id));
    });
  }
}
