import { Injectable } from '@nestjs/common';
import { listQuerySchema, type ListResult, taskListFilterSchema, type TaskView } from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';
import { TenantDatabase } from '@xieshang/platform-persistence';
import { currentCaller } from '@xieshang/platform-tenancy';
import type { z } from 'zod';

export const listTasksSchema = listQuerySchema.extend({ filter: taskListFilterSchema.default({}) });

interface TaskRow {
  task_key: string;
  kind: string;
  title: string;
  context: string;
  record: { resource: string; id: string };
  due_on: string | null;
  confidential: boolean;
  opened_at: Date;
  total: number;
}

/**
 * What waits for the caller (待办): open tasks for them in person, for a role they hold in
 * their own org unit, or for a role they hold anywhere in the district — one query, soonest due first, those without a due day last.
 */
@Injectable()
export class TaskQueriesHandler {
  constructor(private readonly database: TenantDatabase) {}

  async list(query: z.infer<typeof listTasksSchema>): Promise<ListResult<TaskView>> {
    const caller = currentCaller();
    const [from, to] = query.range;
    if (to < from || to - from + 1 > 100) throw AppException.invalidInput([{ path: 'range', message: 'range must be [from, to] with at most 100 rows' }]);
    if (!caller.personId) return { items: [], total: 0 };
    const params: unknown[] = [caller.personId, caller.orgUnitId, [...caller.roles]];
    const narrow: string[] = [];
    if (query.filter.dueBy) narrow.push(`and t.due_on <= $${params.push(query.filter.dueBy)}`);
    if (query.filter.kind) narrow.push(`and t.kind = $${params.push(query.filter.kind)}`);
    return this.database.run(async (manager) => {
      const rows: TaskRow[] = await manager.query(
        `select t.task_key, t.kind, t.title, t.context, t.record, to_char(t.due_on, 'YYYY-MM-DD') as due_on, t.confidential, t.opened_at,
                count(*) over ()::int as total
           from notification.tasks t
          where t.done_at is null
            and (t.assignee_person_id = $1::uuid
                 or (t.assignee_org_unit_id = $2::uuid and t.assignee_roles && $3::text[])
                 or (t.assignee_person_id is null and t.assignee_org_unit_id is null and t.assignee_roles && $3::text[]))
            ${narrow.join(' ')}
          order by t.due_on asc nulls last, t.opened_at asc, t.task_key asc
          limit ${to - from + 1} offset ${from}`,
        params,
      );
      return {
        items: rows.map((row) => ({
          id: row.task_key,
          kind: row.kind,
          title: row.title,
          context: row.context,
          link: row.record,
          dueOn: row.due_on,
          confidential: row.confidential,
          openedAt: new Date(row.opened_at).toISOString(),
        })),
        total: rows[0]?.total ?? 0,
      };
    });
  }
}
