import type { EntityManager } from 'typeorm';
import { DEFAULT_PREFERENCES, type LiveNoticeMessage, type NoticeView, type Preferences, preferencesSchema, type TemplateLocale } from '@xieshang/contracts';
import { recordAudit } from '@xieshang/platform-messaging';
import { AUDIT } from '../notification.constants.js';
import { channelPlan } from '../delivery/channels.rules.js';
import { noticeMail } from '../delivery/mail-text.rules.js';
import { localDay } from '@xieshang/platform-deadlines';
import { digestDueAt, releaseTime } from '../delivery/quiet-hours.rules.js';
import type { NoticeRoute } from '../routing/notice-route.js';
import type { Recipient } from '../routing/recipients.rules.js';
import { fillTemplate, type NoticeTemplates } from './notice-text.rules.js';
import { type NoticeRow, toNoticeView } from './notice-row.js';

/** What a notice needs before its transaction opens: the row, the people, the tenant's templates. */
export interface PreparedNotice {
  route: NoticeRoute;
  payload: unknown;
  recipients: Recipient[];
  templates: NoticeTemplates;
  /** The district's time zone (`tenant.timeZone`): the notice's dates, quiet hours and digest day. */
  timeZone: string;
  /** Filled in the transaction; told to live readers once it committed. */
  told: Array<{ personId: string; message: LiveNoticeMessage }>;
}

/** How this deployment delivers besides the inbox. */
export interface DeliverySettings {
  mailEnabled: boolean;
  mailDefaultDomain?: string;
  consoleUrl: string;
  /** The hour of the day after, on the district's clock, when a day's digest goes. */
  digestHour: number;
  now: () => Date;
}

const INSERT_NOTICE = `insert into notification.notices
    (recipient_person_id, recipient_org_unit_id, kind, category, title, body_zh, body_en, source_event_id, reference, link)
  values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
  on conflict (source_event_id, recipient_person_id) where recipient_person_id is not null do nothing
  returning id, kind, category, recipient_person_id, recipient_org_unit_id, title, body_zh, body_en, source_event_id, reference, link, created_at, null::timestamptz as read_at`;

const INSERT_DELIVERY = `insert into notification.deliveries (channel, person_id, dedupe_key, to_address, subject, body, next_attempt_at)
  values ($1, $2, $3, $4, $5, $6, $7) on conflict (tenant_id, channel, person_id, dedupe_key) do nothing`;

const preferencesOf = async (manager: EntityManager, personIds: readonly string[]): Promise<Map<string, Preferences>> => {
  const rows: Array<{ person_id: string; preferences: unknown }> = await manager.query(
    'select person_id, preferences from notification.preferences where person_id = any($1::uuid[])',
    [personIds],
  );
  return new Map(rows.map((row) => [row.person_id, preferencesSchema.safeParse(row.preferences).data ?? DEFAULT_PREFERENCES]));
};

/**
 * Writes one notice per person of an event, in the transaction that records the event as
 * applied, each audited; and beside each new notice, its mail (at once or in the day's digest)
 * and text message as the person chose. A person who already has this event's notice gets
 * nothing more: the notice, the mail and the message are all keyed by person and event.
 */
export const writeNotices = async (manager: EntityManager, sourceEventId: string, prepared: PreparedNotice, settings: DeliverySettings): Promise<NoticeView[]> => {
  const { route, payload } = prepared;
  const body = (locale: TemplateLocale): string => fillTemplate(prepared.templates[locale], route.values(payload, locale, prepared.timeZone));
  const [bodyZh, bodyEn] = [body('zh-CN'), body('en')];
  const title = route.title(payload);
  const link = route.link(payload);
  const preferences = await preferencesOf(manager, prepared.recipients.map((person) => person.id));
  const now = settings.now();
  const created: NoticeView[] = [];
  for (const person of prepared.recipients) {
    const rows: NoticeRow[] = await manager.query(INSERT_NOTICE, [
      person.id,
      person.orgUnitId,
      route.kind,
      route.category,
      title,
      bodyZh,
      bodyEn,
      sourceEventId,
      JSON.stringify(route.reference(payload)),
      link ? JSON.stringify(link) : null,
    ]);
    const row = rows[0];
    if (!row) continue;
    const notice = toNoticeView(row);
    await recordAudit(manager, { entity: 'notice', entityId: notice.id, action: 'created', before: null, after: notice }, AUDIT);
    created.push(notice);
    prepared.told.push({ personId: person.id, message: { type: 'notice', noticeId: notice.id, kind: notice.kind, title, link } });

    const choice = preferences.get(person.id) ?? DEFAULT_PREFERENCES;
    const plan = channelPlan(choice, route.category, person, { enabled: settings.mailEnabled, defaultDomain: settings.mailDefaultDomain });
    const language = choice.language;
    const text = language === 'en' ? bodyEn : bodyZh;
    const release = releaseTime(now, choice.quietHours, prepared.timeZone);
    if (plan.mail?.mode === 'immediate') {
      const mail = noticeMail({ title, body: text, link }, language, settings.consoleUrl);
      await manager.query(INSERT_DELIVERY, ['mail', person.id, `notice:${sourceEventId}`, plan.mail.to, mail.subject, mail.text, release]);
    } else if (plan.mail?.mode === 'digest') {
      await manager.query(
        `insert into notification.digest_items (person_id, notice_id, digest_day, due_at, to_address, language) values ($1, $2, $3, $4, $5, $6) on conflict do nothing`,
        [person.id, notice.id, localDay(now, prepared.timeZone), digestDueAt(now, settings.digestHour, prepared.timeZone), plan.mail.to, language],
      );
    }
    if (plan.sms) await manager.query(INSERT_DELIVERY, ['sms', person.id, `notice:${sourceEventId}`, plan.sms.to, title, `${title}: ${text}`.slice(0, 300), release]);
  }
  return created;
};
