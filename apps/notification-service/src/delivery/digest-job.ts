import { Pause } from '@xieshang/platform-messaging';
import type { Logger } from '@xieshang/platform-observability';
import type { Clock } from '@xieshang/platform-deadlines';
import type { TemplateLocale } from '@xieshang/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import { digestMail } from './mail-text.rules.js';

export interface DigestJobOptions {
  dataSource: DataSource;
  clock: Clock;
  logger: Logger;
  consoleUrl: string;
  pollMs: number;
  /** Called when a digest was queued, so the delivery worker need not wait for its next look. */
  queued?: () => void;
}

interface ItemRow {
  notice_id: string;
  to_address: string;
  language: TemplateLocale;
  title: string;
  body_zh: string;
  body_en: string;
  link: { resource: string; id: string } | null;
}

/**
 * Turns a person's notices of one day into one mail: once the day is over and the digest hour of
 * the next has come (each item carries that instant, reckoned in its district's time zone when it
 * was written), the waiting items of every tenant are claimed (`for update skip locked`), and each
 * person's day becomes one delivery, keyed by the day so it is made once.
 */
export class DigestJob {
  private readonly idle = new Pause();
  private loop: Promise<void> | null = null;
  private running = false;

  constructor(private readonly options: DigestJobOptions) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.idle.wake();
    await this.loop;
  }

  /** Queues the due digests of a batch of people; returns how many mails it made. */
  async queueDue(): Promise<number> {
    const made = await this.options.dataSource.transaction(async (manager) => {
      // The day as text: a `date` read into a JavaScript Date would move with the process's zone.
      const groups: Array<{ tenant_id: string; person_id: string; digest_day: string }> = await manager.query(
        'select tenant_id, person_id, digest_day::text as digest_day from notification.digest_claim($1, $2)',
        [this.options.clock.now(), 500],
      );
      let count = 0;
      for (const group of groups) count += await this.queueOne(manager, group.tenant_id, group.person_id, group.digest_day);
      return count;
    });
    if (made > 0) this.options.queued?.();
    return made;
  }

  private async queueOne(manager: EntityManager, tenantId: string, personId: string, digestDay: string): Promise<number> {
    await manager.query(`select set_config('app.tenant_id', $1, true)`, [tenantId]);
    const items: ItemRow[] = await manager.query(
      `select i.notice_id, i.to_address, i.language, n.title, n.body_zh, n.body_en, n.link
         from notification.digest_items i join notification.notices n on n.id = i.notice_id
        where i.person_id = $1 and i.digest_day = $2 and i.delivery_id is null
        order by n.created_at, n.id`,
      [personId, digestDay],
    );
    const last = items[items.length - 1];
    if (!last) return 0;
    const mail = digestMail(
      digestDay,
      items.map((item) => ({ title: item.title, body: last.language === 'en' ? item.body_en : item.body_zh, link: item.link })),
      last.language,
      this.options.consoleUrl,
    );
    // A late item of a day already sent goes in a second mail of that day, keyed by its first notice.
    const insert = (key: string): Promise<Array<{ id: string }>> =>
      manager.query(
        `insert into notification.deliveries (channel, person_id, dedupe_key, to_address, subject, body)
         values ('mail', $1, $2, $3, $4, $5) on conflict (tenant_id, channel, person_id, dedupe_key) do nothing returning id`,
        [personId, key, last.to_address, mail.subject, mail.text],
      );
    const made = (await insert(`digest:${digestDay}`))[0] ?? (await insert(`digest:${digestDay}:${items[0]?.notice_id}`))[0];
    await manager.query(`update notification.digest_items set delivery_id = $3 where person_id = $1 and digest_day = $2 and delivery_id is null and notice_id = any($4::uuid[])`, [
      personId,
      digestDay,
      made?.id,
      items.map((item) => item.notice_id),
    ]);
    return 1;
  }

  private async run(): Promise<void> {
    while (this.running) {
      try {
        await this.queueDue();
      } catch (error) {
        this.options.logger.warn({ err: error }, 'Digests not queued; trying again');
      }
      if (this.running) await this.idle.for(Math.max(this.options.pollMs, 30_000));
    }
  }
}
