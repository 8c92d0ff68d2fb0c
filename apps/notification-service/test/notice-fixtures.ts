import { randomUUID } from 'node:crypto';
import { jetstream } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import type { EventEnvelope, MeetingEventPayload, NoticeView } from '@xieshang/contracts';
import { callGateway, platformNatsOptions } from '@xieshang/platform-testing';

/** Someone's calls to the gateway's `/api/v1`. */
export const as =
  (token: string) =>
  (path: string, method = 'GET', body?: unknown) =>
    callGateway(`/api/v1${path}`, { token, method, ...(body !== undefined ? { body } : {}) });

export const suffix = (): string => Math.random().toString(36).slice(2, 8);

/** The district's org units by short name, as its people see them. */
export const orgUnits = async (token: string): Promise<Map<string, { id: string }>> => {
  const result = await callGateway(`/api/v1/org-units?range=${encodeURIComponent('[0,99]')}`, { token });
  return new Map((result.body as Array<{ id: string; shortName: string }>).map((unit) => [unit.shortName, unit]));
};

export interface CaughtMail {
  to: string[];
  subject: string;
  text: string;
  messageId: string;
}

/**
 * The mail server `npm test` runs for the whole suite (tools/testing/test-mailbox.mjs): a real SMTP
 * server that keeps every mail notification-service sends, read here over its HTTP side
 * (XS_TEST_MAILBOX_URL), and able to play an outage: refusing connections, then taking mail again.
 */
export class TestMailbox {
  private readonly url = process.env['XS_TEST_MAILBOX_URL'];

  /** The mails to the address whose subject or text holds the marker. */
  async to(address: string, marker: string): Promise<CaughtMail[]> {
    return (await this.call('GET', `/mails?${new URLSearchParams({ to: address, marker })}`)) as CaughtMail[];
  }

  /** The SMTP port refuses connections until `restore`. */
  async outage(): Promise<void> {
    await this.call('POST', '/outage');
  }

  async restore(): Promise<void> {
    await this.call('POST', '/restore');
  }

  private async call(method: string, path: string): Promise<unknown> {
    if (!this.url) throw new Error('XS_TEST_MAILBOX_URL is not set: run the mail tests through npm test');
    const response = await fetch(`${this.url}${path}`, { method });
    if (!response.ok) throw new Error(`test mailbox ${method} ${path}: HTTP ${response.status} ${await response.text()}`);
    return response.json();
  }
}

/** Publishes events as a producer's outbox relay does: the envelope as JSON on the event subject. */
export class TestProducer {
  private constructor(private readonly connection: NatsConnection) {}

  static async open(): Promise<TestProducer> {
    return new TestProducer(await connect(platformNatsOptions()));
  }

  envelope<T>(subject: string, tenantId: string, payload: T): EventEnvelope<T> {
    const [, context, aggregate, event, version] = subject.split('.');
    return {
      id: randomUUID(),
      type: `${context}.${aggregate}.${event}`,
      version: Number(version?.slice(1)),
      occurredAt: new Date().toISOString(),
      tenantId,
      correlationId: randomUUID(),
      causationId: null,
      actorId: null,
      payload,
    };
  }

  /** No msgID: a replayed or redelivered copy reaches the consumer as a message of its own. */
  async publish(subject: string, envelope: EventEnvelope): Promise<void> {
    await jetstream(this.connection).publish(subject, JSON.stringify(envelope));
  }

  close(): Promise<void> {
    return this.connection.drain();
  }
}

export const meetingPayload = (title: string, audience: Partial<MeetingEventPayload['audience']>, type: MeetingEventPayload['type'] = 'thematic'): MeetingEventPayload => ({
  meetingId: randomUUID(),
  title,
  type,
  startsAt: '2027-03-05T01:30:00.000Z',
  place: '区政协会议室',
  audience: { orgUnitIds: [], personIds: [], organiserOrgUnitIds: [], confidential: false, ...audience },
  reason: null,
});

export type Reader = ReturnType<typeof as>;

/** The reader's notices whose title carries the marker. */
export const noticesAbout = async (reader: Reader, marker: string): Promise<NoticeView[]> =>
  ((await reader(`/notices?range=${encodeURIComponent('[0,99]')}`)).body as NoticeView[]).filter((notice) => notice.title.includes(marker));

export const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
