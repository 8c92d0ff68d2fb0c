import type { NoticeKind, NoticeView } from '@xieshang/contracts';

/** A notice as selected with `NOTICE_COLUMNS`, `read_at` being the caller's own reading. */
export interface NoticeRow {
  id: string;
  kind: NoticeKind;
  recipient_org_unit_id: string;
  title: string;
  body_zh: string;
  body_en: string;
  source_event_id: string;
  reference: Record<string, unknown>;
  created_at: Date;
  read_at: Date | null;
}

export const NOTICE_COLUMNS =
  'n.id, n.kind, n.recipient_org_unit_id, n.title, n.body_zh, n.body_en, n.source_event_id, n.reference, n.created_at, r.read_at';

/** Joins the caller's reading of each notice; `$1` is the person. */
export const NOTICES_WITH_READING =
  'notification.notices n left join notification.notice_reads r on r.notice_id = n.id and r.person_id = $1';

export const toNoticeView = (row: NoticeRow): NoticeView => ({
  id: row.id,
  kind: row.kind,
  recipientOrgUnitId: row.recipient_org_unit_id,
  title: row.title,
  bodyZh: row.body_zh,
  bodyEn: row.body_en,
  reference: row.reference,
  sourceEventId: row.source_event_id,
  createdAt: new Date(row.created_at).toISOString(),
  read: row.read_at !== null,
  readAt: row.read_at ? new Date(row.read_at).toISOString() : null,
});
