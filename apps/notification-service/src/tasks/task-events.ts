import type { EntityManager } from 'typeorm';
import type { TaskDonePayload, TaskOpenedPayload } from '@xieshang/contracts';
import { recordAudit } from '@xieshang/platform-messaging';
import { AUDIT } from '../notification.constants.js';

/** `evt.planning.task.opened.v1` → `{ context: 'planning', change: 'opened' }`; other subjects → null. */
export const taskSubjectOf = (subject: string): { context: string; change: 'opened' | 'done' } | null => {
  const match = /^evt\.([a-z0-9-]+)\.task\.(opened|done)\.v1$/.exec(subject);
  return match ? { context: match[1] as string, change: match[2] as 'opened' | 'done' } : null;
};

/** The event's own time and id, which order the changes to one task whatever order they arrive in. */
export interface TaskEventRef {
  id: string;
  occurredAt: string;
}

/**
 * Keeps the 待办 list: a task opened (again) is open with its latest title, assignee and due day;
 * a task done is closed. Each change applies only if its event happened after the one the row
 * holds, so events read at once or redelivered late still leave the latest state. Both audited.
 */
export const openTask = async (manager: EntityManager, context: string, task: TaskOpenedPayload, event: TaskEventRef): Promise<void> => {
  const personId = 'personId' in task.assignee ? task.assignee.personId : null;
  const unit = 'orgUnitId' in task.assignee ? task.assignee : null;
  const roles = 'roles' in task.assignee ? task.assignee.roles : [];
  const applied: unknown[] = await manager.query(
    `insert into notification.tasks (task_key, context, kind, title, assignee_person_id, assignee_org_unit_id, assignee_roles, record, due_on, confidential, changed_at, source_event_id)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
     on conflict (tenant_id, task_key) do update set context = excluded.context, kind = excluded.kind, title = excluded.title,
       assignee_person_id = excluded.assignee_person_id, assignee_org_unit_id = excluded.assignee_org_unit_id, assignee_roles = excluded.assignee_roles,
       record = excluded.record, due_on = excluded.due_on, confidential = excluded.confidential, source_event_id = excluded.source_event_id,
       changed_at = excluded.changed_at, opened_at = now(), done_at = null
     where notification.tasks.changed_at < excluded.changed_at
     returning task_key`,
    [task.taskKey, context, task.kind, task.title, personId, unit?.orgUnitId ?? null, roles, JSON.stringify(task.record), task.dueOn, task.confidential, event.occurredAt, event.id],
  );
  if (applied.length > 0) await recordAudit(manager, { entity: 'task', entityId: task.taskKey, action: 'opened', before: null, after: task }, AUDIT);
};

/** A task done before its opening was read leaves a closed row, so the late opening stays closed. */
export const closeTask = async (manager: EntityManager, context: string, task: TaskDonePayload, event: TaskEventRef): Promise<void> => {
  const closed: unknown[] = await manager.query(
    `insert into notification.tasks (task_key, context, kind, title, assignee_roles, record, done_at, changed_at, source_event_id)
     values ($1, $2, '', '', '{}', '{}'::jsonb, now(), $3, $4)
     on conflict (tenant_id, task_key) do update set done_at = coalesce(notification.tasks.done_at, now()), changed_at = excluded.changed_at,
       source_event_id = excluded.source_event_id
     where notification.tasks.changed_at < excluded.changed_at
     returning task_key`,
    [task.taskKey, context, event.occurredAt, event.id],
  );
  if (closed.length > 0) await recordAudit(manager, { entity: 'task', entityId: task.taskKey, action: 'done', before: null, after: task }, AUDIT);
};
