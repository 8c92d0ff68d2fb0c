import { randomUUID } from 'node:crypto';
import { jetstream } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
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
 * A real SMTP server on the port `npm test` gives notification-service (XS_TEST_SMTP_PORT), that
 * keeps every mail it receives; it can be stopped and started again to play a mail server outage.
 */
export class TestSmtp {
  readonly mails: CaughtMail[] = [];
  private server: SMTPServer | null = null;
  readonly port = Number(process.env['XS_TEST_SMTP_PORT'] ?? 2526);

  async start(): Promise<void> {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData: (stream, session, callback) => {
        simpleParser(stream).then(
          (mail) => {
            this.mails.push({
              to: session.envelope.rcptTo.map((recipient) => recipient.address),
              subject: mail.subject ?? '',
              text: mail.text ?? '',
              messageId: mail.messageId ?? '',
            });
            callback();
          },
          (error: Error) => callback(error),
        );
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.server = server;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  to(address: string, marker: string): CaughtMail[] {
    return this.mails.filter((mail) => mail.to.includes(address) && (mail.subject.includes(marker) || mail.text.includes(marker)));
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
