import { Injectable } from '@nestjs/common';
import { declineInterviewCommandSchema, InterviewEvent, interviewRefSchema, type InterviewView } from '@xieshang/contracts';
import { TenantDatabase } from '@xieshang/platform-persistence';
import { currentCaller, nameOf } from '@xieshang/platform-tenancy';
import type { z } from 'zod';
import { auditChange } from '../interview-audit.js';
import { interviewTaskKey, recordTask } from '../interview-events.rules.js';
import { closeTasks, openTask, recordInterviewEvent } from '../interview-outbox.js';
import { interviewRecord } from '../interview-view.js';
import { InterviewEntity } from '../interview.entity.js';
import { findVisibleInterview, interviewViewOf } from '../interview.repository.js';
import { nextInterviewStatus } from '../interview.rules.js';

/** Declining with a reason, and marking an arranged interview held. */
@Injectable()
export class InterviewStepsHandler {
  constructor(private readonly database: TenantDatabase) {}

  decline(command: z.infer<typeof declineInterviewCommandSchema>): Promise<InterviewView> {
    const caller = currentCaller();
    return this.database.write(async (manager) => {
      const interview = await findVisibleInterview(manager, command.id, caller, true);
      const next = nextInterviewStatus('decline', interview, caller);
      const before = interviewRecord(await interviewViewOf(manager, interview));
      Object.assign(interview, { status: next, declineReason: command.reason, declinedByName: nameOf(caller), declinedAt: new Date() });
      const saved = await manager.getRepository(InterviewEntity).save(interview);
      const view = await interviewViewOf(manager, saved);
      await auditChange(manager, 'interview', saved.id, 'declined', before, interviewRecord(view));
      await recordInterviewEvent(manager, InterviewEvent.Declined, saved, command.reason);
      await closeTasks(manager, [interviewTaskKey(saved.id, 'schedule'), interviewTaskKey(saved.id, 'prepare')]);
      return view;
    });
  }

  hold(command: z.infer<typeof interviewRefSchema>): Promise<InterviewView> {
    const caller = currentCaller();
    return this.database.write(async (manager) => {
      const interview = await findVisibleInterview(manager, command.id, caller, true);
      const next = nextInterviewStatus('hold', interview, caller);
      const before = interviewRecord(await interviewViewOf(manager, interview));
      Object.assign(interview, { status: next, heldByName: nameOf(caller), heldAt: new Date() });
      const saved = await manager.getRepository(InterviewEntity).save(interview);
      const view = await interviewViewOf(manager, saved);
      await auditChange(manager, 'interview', saved.id, 'held', before, interviewRecord(view));
      await recordInterviewEvent(manager, InterviewEvent.Held, saved);
      await closeTasks(manager, [interviewTaskKey(saved.id, 'prepare')]);
      const organiser = saved.scheduledBy ?? caller.personId;
      if (organiser) await openTask(manager, recordTask(saved, organiser));
      return view;
    });
  }
}
