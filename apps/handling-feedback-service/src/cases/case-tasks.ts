import { HandlingTask, type Role, type TaskAssignee, type TaskOpenedPayload } from '@xieshang/contracts';
import { recordEvent } from '@xieshang/platform-messaging';
import type { EntityManager } from 'typeorm';
import { OUTBOX } from '../handling.constants.js';

/** What a case waits for, and from whom: one task per case and kind, replaced when opened again. */
export type CaseTaskKind = 'triage' | 'adopt' | 'assign' | 'handle' | 'co-sign' | 'review' | 'release' | 'rate' | 'overdue';

export const caseTaskKey = (caseId: string, kind: CaseTaskKind, unit = ''): string => `case/${caseId}/${kind}${unit ? `/${unit}` : ''}`;

export const unitAssignee = (orgUnitId: string, roles: Role[]): TaskAssignee => ({ orgUnitId, roles });


export const openCaseTask = (
  manager: EntityManager,
  task: { caseId: string; kind: CaseTaskKind; unit?: string; title: string; assignee: TaskAssignee; dueOn: string | null },
): Promise<unknown> => {
  const payload: TaskOpenedPayload = {
    taskKey: caseTaskKey(task.caseId, task.kind, task.unit),
    kind: `case.${task.kind}`,
    title: task.title.slice(0, 300),
    assignee: task.assignee,
    record: { resource: 'cases', id: task.caseId },
    dueOn: task.dueOn,
    confidential: false,
  };
  return recordEvent(manager, { subject: HandlingTask.opened, payload }, OUTBOX);
};

export const closeCaseTask = (manager: EntityManager, caseId: string, kind: CaseTaskKind, unit = ''): Promise<unknown> =>
  recordEvent(manager, { subject: HandlingTask.done, payload: { taskKey: caseTaskKey(caseId, kind, unit) } }, OUTBOX);
