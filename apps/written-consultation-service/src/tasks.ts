import type { EntityManager } from 'typeorm';
import { type TaskAssignee, type TaskDonePayload, type TaskKind, type TaskOpenedPayload, WrittenTask } from '@xieshang/contracts';
import { recordEvent } from '@xieshang/platform-messaging';
import { OUTBOX } from './written.constants.js';

export interface WrittenTaskInput {
  taskKey: string;
  kind: TaskKind;
  title: string;
  assignee: TaskAssignee;
  resource: string;
  id: string;
  dueOn?: string | null;
}

/** 待办: something now waits for a branch, its leader or UFWD (common/task.contract.ts). */
export const openTask = (manager: EntityManager, task: WrittenTaskInput) => {
  const payload: TaskOpenedPayload = {
    taskKey: task.taskKey,
    kind: task.kind,
    title: task.title.slice(0, 300),
    assignee: task.assignee,
    record: { resource: task.resource, id: task.id },
    dueOn: task.dueOn ?? null,
    confidential: false,
  };
  return recordEvent(manager, { subject: WrittenTask.opened, payload }, OUTBOX);
};

export const closeTask = (manager: EntityManager, taskKey: string) => {
  const payload: TaskDonePayload = { taskKey };
  return recordEvent(manager, { subject: WrittenTask.done, payload }, OUTBOX);
};

export const answerTaskKey = (solicitationId: string, orgUnitId: string) => `written/solicitation/${solicitationId}/answer/${orgUnitId}`;
export const approveReplyTaskKey = (replyId: string) => `written/reply/${replyId}/approve`;
export const approveSubmissionTaskKey = (submissionId: string) => `written/submission/${submissionId}/approve`;
export const forwardSubmissionTaskKey = (submissionId: string) => `written/submission/${submissionId}/forward`;
