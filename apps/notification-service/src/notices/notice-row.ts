import type { NoticeCategory, NoticeKind, NoticeLink, NoticeView } from '@xieshang/contracts';

/** A notice as selected with `NOTICE_COLUMNS`, `read_at` being the caller's own reading. */
export interface NoticeRow {
  id: string;
  kind: NoticeKind;
  category: NoticeCategory;
  recipient_person_id: string | null;
  recipient_org_unit_id: string | null;
  title: string;
  body_zh: string;
  body_en: string;
  source_event_id: string;
  reference: Record<string, unknown>;
  link: NoticeLink | null;
  created_at: Date;
  read_at: Date | null;
}

export const NOTICE_COLUMNS =
  'n.id, n.kind, n.category, n.recipient_person_id, n.recipient_org_unit_id, n.title, n.body_zh, n.body_en, n.source_event_id, n.reference, n.link, n.created_at, r.read_at';

/** Joins the caller's reading of each notice; `$1` is the person. */
export const NOTICES_WITH_READING =
  'notification.notices n left join notification.notice_reads r on r.notice_id = n.id and r.person_id = $1';

export const toNoticeView = (row: NoticeRow): NoticeView => ({
  id: row.id,
  kind: row.kind,
  category: row.category,
  recipientPersonId: row.recipient_person_id,
  recipientOrgUnitId: row.recipient_org_unit_id,
  title: row.title,
  bodyZh: row.body_zh,
  bodyEn: row.body_en,
  reference: row.reference,
  link: row.link ?? legacyLink(row.reference),
  sourceEventId: row.source_event_id,
  createdAt: new Date(row.created_at).toISOString(),
  read: row.read_at !== null,
  readAt: row.read_at ? new Date(row.read_at).toISOString() : null,
});

/** Notices made before they named their record still open it through their reference. */
const legacyLink = (reference: Record<string, unknown>): NoticeLink | null => {
  if (typeof reference['suggestionId'] === 'string') return { resource: 'plan-suggestions', id: reference['suggestionId'] };
  if (typeof reference['planId'] === 'string') return { resource: 'plans', id: reference['planId'] };
  return null;
};
