import { z } from 'zod';
import { idList } from '../common/primitives.js';
import { NOTICE_KINDS, type NoticeCategory, type NoticeKind, type NoticeLink } from './notification.subjects.js';

export const noticeListFilterSchema = z
  .object({
    kind: z.enum(NOTICE_KINDS).optional(),
    /** true: only those the caller has not read; false: only those read. */
    unread: z.boolean().optional(),
    recipientOrgUnitId: z.uuid().optional(),
    /** Notices about one plan: published, revised, or a suggestion to it decided. */
    planId: z.uuid().optional(),
    id: idList.optional(),
  })
  .strict();
export type NoticeListFilter = z.infer<typeof noticeListFilterSchema>;

export const NOTICE_SORT_FIELDS = ['createdAt', 'kind'] as const;

export const noticeRefSchema = z.strictObject({ id: z.uuid() });

/**
 * A notice to one person, in both languages, with whether they have read it. Notices made before
 * notices were personal were addressed to an org unit (`recipientPersonId` null): each member of
 * the unit sees and reads them for themselves.
 */
export interface NoticeView {
  id: string;
  kind: NoticeKind;
  category: NoticeCategory;
  recipientPersonId: string | null;
  /** The unit through which the person was told (null when named in person). */
  recipientOrgUnitId: string | null;
  title: string;
  bodyZh: string;
  bodyEn: string;
  /** What the notice is about, e.g. `{ planId, year }` or `{ meetingId }`. */
  reference: Record<string, unknown>;
  /** The record it opens in the console. */
  link: NoticeLink | null;
  sourceEventId: string;
  createdAt: string;
  read: boolean;
  readAt: string | null;
}

export interface UnreadNoticeCount {
  unread: number;
}
