import { Injectable } from '@nestjs/common';
import { InterviewEvent, scheduleInterviewCommandSchema, type InterviewView } from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';
import { TenantDatabase } from '@xieshang/platform-persistence';
import { currentCaller, nameOf } from '@xieshang/platform-tenancy';
import type { z } from 'zod';
import { auditChange } from '../interview-audit.js';
import { MeetingSettings } from '../../settings/meeting-settings.js';
import { InterviewDirectory } from '../interview-directory.js';
import { interviewTaskKey, prepareTask } from '../interview-events.rules.js';
import { closeTasks, openTask, recordInterviewEvent } from '../interview-outbox.js';
import { interviewRecord } from '../interview-view.js';
import { InterviewEntity } from '../interview.entity.js';
import { findVisibleInterview, interviewViewOf } from '../interview.repository.js';
import { assertInFuture, endOf, nextInterviewStatus } from '../interview.rules.js';

/** UFWD or the office arranges a requested interview: time, place, and the leader if none was named. */
@Injectable()
export class ScheduleInterviewHandler {
  constructor(
    private readonly database: TenantDatabase,
    private readonly directory: InterviewDirectory,
    private readonly settings: MeetingSettings,
  ) {}

  async execute(command: z.infer<typeof scheduleInterviewCommandSchema>): Promise<InterviewView> {
    const caller = currentCaller();
    assertInFuture(command.startsAt, new Date());
    const known = await this.database.run(async (manager) => {
      const interview = await findVisibleInterview(manager, command.id, caller);
      nextInterviewStatus('schedule', interview, caller);
      return interview;
    });
    if (!command.leaderPersonId && !known.leaderPersonId) {
      throw AppException.invalidInput([{ path: 'leaderPersonId', message: 'name the leader the interview is with' }]);
    }
    const [leaderName, zone] = await Promise.all([
      command.leaderPersonId ? this.directory.leaderName(command.leaderPersonId) : known.leaderName,
      this.settings.timeZone(),
    ]);
    return this.database.write(async (manager) => {
      const interview = await findVisibleInterview(manager, command.id, caller, true);
      const next = nextInterviewStatus('schedule', interview, caller);
      const before = interviewRecord(await interviewViewOf(manager, interview));
      Object.assign(interview, {
        status: next,
        startsAt: new Date(command.startsAt),
        endsAt: endOf(command.startsAt, command.durationMinutes),
        place: command.place,
        leaderPersonId: command.leaderPersonId ?? interview.leaderPersonId,
        leaderName,
        organiserOrgUnitIds: [...new Set([...interview.organiserOrgUnitIds, ...(caller.orgUnitId ? [caller.orgUnitId] : [])])],
        scheduledBy: caller.personId,
        scheduledByName: nameOf(caller),
        scheduledAt: new Date(),
      });
      const saved = await manager.getRepository(InterviewEntity).save(interview);
      const view = await interviewViewOf(manager, saved);
      await auditChange(manager, 'interview', saved.id, 'scheduled', before, interviewRecord(view));
      await recordInterviewEvent(manager, InterviewEvent.Scheduled, saved);
      await closeTasks(manager, [interviewTaskKey(saved.id, 'schedule')]);
      await openTask(manager, prepareTask(saved, zone));
      return view;
    });
  }
}
