import type { EntityManager } from 'typeorm';
import type { NoticeView } from '@xieshang/contracts';
import { recordAudit } from '@xieshang/platform-messaging';
import { AUDIT } from '../notification.constants.js';
import { type NoticeDraft, noticeBodies, type NoticeTemplates } from './notice-text.rules.js';
import { type NoticeRow, toNoticeView } from './notice-row.js';

const INSERT_NOTICE = `insert into notification.notices
    (recipient_org_unit_id, kind, title, body_zh, body_en, source_event_id, reference)
  values ($1, $2, $3, $4, $5, $6, $7)
  on conflict (source_event_id, recipient_org_unit_id) do nothing
  returning id, kind, recipient_org_unit_id, title, body_zh, body_en, source_event_id, reference, created_at, null::timestamptz as read_at`;

/**
 * Writes one notice per recipient of an event, each audited, in the transaction that also
 * records the event as applied. A recipient that already has its notice of this event keeps it.
 */
export const createNotices = async (manager: EntityManager, sourceEventId: string, draft: NoticeDraft, templates: NoticeTemplates): Promise<NoticeView[]> => {
  const { bodyZh, bodyEn } = noticeBodies(draft, templates);
  const created: NoticeView[] = [];
  for (const recipient of draft.recipientOrgUnitIds) {
    const rows: NoticeRow[] = await manager.query(INSERT_NOTICE, [
      recipient,
      draft.kind,
      draft.title,
      bodyZh,
      bodyEn,
      sourceEventId,
      JSON.stringify(draft.reference),
    ]);
    const row = rows[0];
    if (!row) continue;
    const notice = toNoticeView(row);
    await recordAudit(manager, { entity: 'notice', entityId: notice.id, action: 'created', before: null, after: notice }, AUDIT);
    created.push(notice);
  }
  return created;
};
