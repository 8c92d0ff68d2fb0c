import { z } from 'zod';
import { isoDay, text } from './primitives.js';
import { ROLES } from './roles.js';

/**
 * What waits for someone's action (待办): a suggestion or a plan to approve, documents to read, a
 * reply to approve, a case due. The service that owns the record publishes `task.opened` when the
 * action becomes due and `task.done` when it is taken (or no longer needed); notification-service
 * keeps the list, so a person's home page is one query. Subjects: `evt.<context>.task.opened.v1`
 * and `evt.<context>.task.done.v1`.
 */
export const taskSubjects = (context: string) =>
  ({ opened: `evt.${context}.task.opened.v1`, done: `evt.${context}.task.done.v1` }) as const;

/**
 * Who the task waits for: one person, or whoever holds one of the roles in an org unit (the party
 * leader of a branch, the department's handlers), or whoever holds one of the roles anywhere in
 * the district (the leader who approves the plan). Exactly one of the three forms.
 */
export const taskAssigneeSchema = z.union([
  z.object({ personId: z.uuid() }).strict(),
  z.object({ orgUnitId: z.uuid(), roles: z.array(z.enum(ROLES)).min(1) }).strict(),
  z.object({ roles: z.array(z.enum(ROLES)).min(1) }).strict(),
]);
export type TaskAssignee = z.infer<typeof taskAssigneeSchema>;

/** Every kind of action a task asks for, each with its label in the console's two languages. */
export const TASK_KINDS = [
  'plan.suggest-topics',
  'plan-suggestion.approve',
  'plan.approve',
  'meeting.read-documents',
  'meeting.approve-prepared-opinion',
  'meeting.record-minutes',
  'meeting.plan-change',
  'interview.schedule',
  'interview.prepare',
  'interview.record',
  'written.solicitation.answer',
  'written.reply.approve',
  'written.submission.approve',
  'written.submission.forward',
  'written.material.read',
  'case.triage',
  'case.adopt',
  'case.assign',
  'case.handle',
  'case.co-sign',
  'case.review',
  'case.release',
  'case.rate',
  'case.overdue',
] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

/** The record the task is about, as the console's resource name and id: `meetings/…`. */
export const taskRecordSchema = z.object({ resource: text.min(1).max(60), id: z.uuid() });

export const taskOpenedPayloadSchema = z.object({
  /** Stable for the record and the action: opening it again replaces it, `done` closes it. */
  taskKey: text.min(1).max(200),
  /** The action's kind, for the console's label: `plan.approve`, `meeting.read-documents` … */
  kind: z.enum(TASK_KINDS),
  title: text.trim().min(1).max(300),
  assignee: taskAssigneeSchema,
  record: taskRecordSchema,
  dueOn: isoDay.nullable(),
  /** A personnel consultation's task names no nominee; it still reaches only its assignee. */
  confidential: z.boolean(),
});
export type TaskOpenedPayload = z.infer<typeof taskOpenedPayloadSchema>;

export const taskDonePayloadSchema = z.object({ taskKey: text.min(1).max(200) });
export type TaskDonePayload = z.infer<typeof taskDonePayloadSchema>;
