import { z } from 'zod';
import { idList } from '../common/primitives.js';
import { NOTICE_KINDS, type NoticeKind } from './notification.subjects.js';

/**
 * The caller's org unit, which the gateway reads from the verified token and sets on every
 * request; a client cannot. Whose notices a person sees depends on it.
 */
export const noticeReaderSchema = z.strictObject({ orgUnitId: z.uuid().nullable() });
export type NoticeReader = z.infer<typeof noticeReaderSchema>;

export const withReader = { reader: noticeReaderSchema };

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

export const noticeRefSchema = z.strictObject({ id: z.uuid(), ...withReader });
export const unreadNoticeCountSchema = z.strictObject(withReader);

/** A notice to one org unit, in both languages, with whether the caller has read it. */
export interface NoticeView {
  id: string;
  kind: NoticeKind;
  recipientOrgUnitId: string;
  title: string;
  bodyZh: string;
  bodyEn: string;
  /** What the notice is about, e.g. `{ planId, year }` or `{ suggestionId, planId }`. */
  reference: Record<string, unknown>;
  sourceEventId: string;
  createdAt: string;
  read: boolean;
  readAt: string | null;
}

export interface UnreadNoticeCount {
  unread: number;
}
