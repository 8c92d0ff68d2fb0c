import type { EntityManager } from 'typeorm';
import { type TaskDonePayload, type TaskOpenedPayload, taskSubjects } from '@xieshang/contracts';
import { recordEvent } from '@xieshang/platform-messaging';
import { OUTBOX } from '../planning.constants.js';

const SUBJECTS = taskSubjects('planning');

/**
 * What waits for someone's action in planning (待办), told in the transaction of the change that
 * makes it due or takes it: notification-service keeps each person's list from these events.
 */
export const PlanningTaskKey = {
  /** A party branch is asked for topics until the plan goes to review. */
  suggestTopics: (planId: string, orgUnitId: string) => `planning:plan:${planId}:suggest-topics:${orgUnitId}`,
  /** The branch leader approves (or returns) a member's suggestion. */
  approveSuggestion: (suggestionId: string) => `planning:plan-suggestion:${suggestionId}:approve`,
  /** The leader approves (or returns) the plan on the standing committee's behalf. */
  approvePlan: (planId: string) => `planning:plan:${planId}:approve`,
} as const;

export const openTask = (manager: EntityManager, task: TaskOpenedPayload): Promise<void> =>
  recordEvent(manager, { subject: SUBJECTS.opened, payload: task }, OUTBOX).then(() => undefined);

export const closeTask = (manager: EntityManager, taskKey: string): Promise<void> =>
  recordEvent(manager, { subject: SUBJECTS.done, payload: { taskKey } satisfies TaskDonePayload }, OUTBOX).then(() => undefined);
