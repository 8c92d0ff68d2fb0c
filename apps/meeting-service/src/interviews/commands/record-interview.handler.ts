import { Injectable } from '@nestjs/common';
import { InterviewEvent, OpinionEvent, recordInterviewCommandSchema, type InterviewView } from '@xieshang/contracts';
import { recordEvent } from '@xieshang/platform-messaging';
import { TenantDatabase } from '@xieshang/platform-persistence';
import { currentCaller, nameOf } from '@xieshang/platform-tenancy';
import type { z } from 'zod';
import { auditChange, OUTBOX } from '../interview-audit.js';
import { interviewTaskKey, opinionPayload } from '../interview-events.rules.js';
import { closeTasks, recordInterviewEvent } from '../interview-outbox.js';
import { InterviewOpinionEntity } from '../interview-opinion.entity.js';
import { interviewRecord } from '../interview-view.js';
import { InterviewEntity } from '../interview.entity.js';
import { findVisibleInterview, interviewViewOf } from '../interview.repository.js';
import { nextInterviewStatus } from '../interview.rules.js';

/**
 * The CPC side records a held interview: its summary and the opinions raised. Each opinion is
 * published once, in the transaction that moves the interview to `recorded`, which happens once.
 */
@Injectable()
export class RecordInterviewHandler {
  constructor(private readonly database: TenantDatabase) {}

  execute(command: z.infer<typeof recordInterviewCommandSchema>): Promise<InterviewView> {
    const caller = currentCaller();
    return this.database.write(async (manager) => {
      const interview = await findVisibleInterview(manager, command.id, caller, true);
      const next = nextInterviewStatus('record', interview, caller);
      const before = interviewRecord(await interviewViewOf(manager, interview));
      const raisedAt = interview.heldAt ?? new Date();
      const repository = manager.getRepository(InterviewOpinionEntity);
      const opinions = await repository.save(
        command.opinions.map((opinion) =>
          repository.create({
            interviewId: interview.id,
            text: opinion.text,
            raisedByName: opinion.raisedByName,
            raisedByPersonId: opinion.raisedByPersonId ?? null,
            suggestedTrack: opinion.suggestedTrack ?? 'actionable',
            raisedAt,
          }),
        ),
      );
      Object.assign(interview, { status: next, summary: command.summary, recordedByName: nameOf(caller), recordedAt: new Date() });
      const saved = await manager.getRepository(InterviewEntity).save(interview);
      const view = await interviewViewOf(manager, saved);
      await auditChange(manager, 'interview', saved.id, 'recorded', before, interviewRecord(view));
      await recordInterviewEvent(manager, InterviewEvent.Recorded, saved);
      for (const opinion of opinions) await recordEvent(manager, { subject: OpinionEvent.FromMeeting, payload: opinionPayload(saved, opinion) }, OUTBOX);
      await closeTasks(manager, [interviewTaskKey(saved.id, 'record')]);
      return view;
    });
  }
}
