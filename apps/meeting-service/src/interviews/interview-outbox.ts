import type { EntityManager } from 'typeorm';
import { type TaskDonePayload, type TaskOpenedPayload, taskSubjects } from '@xieshang/contracts';
import { recordEvent } from '@xieshang/platform-messaging';
import { interviewEventPayload } from './interview-events.rules.js';
import type { InterviewEntity } from './interview.entity.js';
import { OUTBOX } from './interview-audit.js';

const TASKS = taskSubjects('meeting');

/** An interview event, in the transaction of the step it reports. */
export const recordInterviewEvent = (manager: EntityManager, subject: string, interview: InterviewEntity, reason: string | null = null) =>
  recordEvent(manager, { subject, payload: interviewEventPayload(interview, reason) }, OUTBOX);

export const openTask = (manager: EntityManager, task: TaskOpenedPayload) => recordEvent(manager, { subject: TASKS.opened, payload: task }, OUTBOX);

export const closeTasks = async (manager: EntityManager, taskKeys: readonly string[]): Promise<void> => {
  for (const taskKey of taskKeys) await recordEvent<TaskDonePayload>(manager, { subject: TASKS.done, payload: { taskKey } }, OUTBOX);
};
