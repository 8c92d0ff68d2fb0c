import { z } from 'zod';
import { isoDay } from '../common/primitives.js';
import type { NoticeLink } from './notification.subjects.js';

/** 待办: what waits for the caller, soonest due first; `dueBy` narrows to what is due by a day. */
export const taskListFilterSchema = z.object({ dueBy: isoDay.optional(), kind: z.string().max(80).optional() }).strict();
export type TaskListFilter = z.infer<typeof taskListFilterSchema>;

/** One open task as its assignee sees it. */
export interface TaskView {
  /** The task key (stable for the record and the action). */
  id: string;
  kind: string;
  title: string;
  /** The service's context that opened it: `planning`, `meeting` … */
  context: string;
  link: NoticeLink;
  dueOn: string | null;
  confidential: boolean;
  openedAt: string;
}
