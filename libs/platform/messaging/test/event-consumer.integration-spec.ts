import { eventually } from '@xieshang/platform-testing';
import { randomUUID } from 'node:crypto';
import { jetstream, type JetStreamClient, type JetStreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { DEAD_LETTER_STREAM, deadLetterSubject, type EventEnvelope } from '@xieshang/contracts';
import { createLogger } from '@xieshang/platform-observability';
import { findCaller, systemCaller, type Caller } from '@xieshang/platform-tenancy';
import { DeadLetterHeader, EventConsumer, type EventHandler } from '../src/index.js';
import { effects, TENANT, writeEffect } from './support/events.js';
import { connectWithStreams, storedCount, uniqueEventSubject } from './support/nats.js';
import { createTestDatabase, type TestDatabase } from './support/test-database.js';

const logger = createLogger('event-consumer-test', 'silent');

const envelopeOf = (subject: string, note: string): EventEnvelope => ({
  id: randomUUID(),
  type: subject.replace(/^evt\./, '').replace(/\.v\d+$/, ''),
  version: 1,
  occurredAt: new Date().toISOString(),
  tenantId: TENANT,
  correlationId: randomUUID(),
  causationId: null,
  actorId: 'u-office',
  payload: { note },
});

describe('event consumer', () => {
  let db: TestDatabase;
  let nc: NatsConnection;
  let jsm: JetStreamManager;
  let js: JetStreamClient;
  const consumers: EventConsumer[] = [];

  beforeAll(async () => {
    db = await createTestDatabase('messaging');
    ({ nc, jsm } = await connectWithStreams());
    js = jetstream(nc);
  });

  afterEach(async () => {
    await Promise.all(consumers.splice(0).map((consumer) => consumer.stop()));
  });

  afterAll(async () => {
    // The event stream is shared: leave no test consumers behind on it.
    for (const info of await jsm.consumers.list('XS_EVENTS').next()) {
      if (info.name.startsWith(`test_${db.schema}_`)) await jsm.consumers.delete('XS_EVENTS', info.name);
    }
    await nc?.close();
    await db?.drop();
  });

  const startConsumer = async (purpose: string, subject: string, handler: EventHandler, maxAttempts?: number): Promise<EventConsumer> => {
    const consumer = new EventConsumer({
      nats: nc,
      dataSource: db.app,
      schema: db.schema,
      durable: `test_${db.schema}_${purpose}`,
      filterSubjects: subject,
      handler,
      maxAttempts,
      backoff: { initialMs: 50, maxMs: 200 },
      logger,
    });
    consumers.push(consumer);
    await consumer.start();
    return consumer;
  };

  it('applies an event delivered twice under different msgIDs only once, thanks to the inbox', async () => {
    const subject = uniqueEventSubject();
    const envelope = envelopeOf(subject, 'twice');
    await js.publish(subject, JSON.stringify(envelope), { msgID: `${envelope.id}-a` });
    await js.publish(subject, JSON.stringify(envelope), { msgID: `${envelope.id}-b` });
    expect(await storedCount(jsm, subject)).toBe(2);

    let calls = 0;
    const effect = writeEffect(db);
    await startConsumer('twice', subject, async (manager, event) => {
      calls += 1;
      await effect(manager, event);
    });
    const info = async () => (await jsm.consumers.info('XS_EVENTS', `test_${db.schema}_twice`)).ack_floor.stream_seq;
    const last = (await jsm.streams.getMessage('XS_EVENTS', { last_by_subj: subject }))?.seq ?? 0;
    await eventually(async () => (await info()) >= last, { timeoutMs: 10_000, what: 'both deliveries acknowledged' });

    expect(calls).toBe(1);
    expect((await effects(db)).filter((row) => row.event_id === envelope.id)).toHaveLength(1);
    const inbox = await db.asOwner(`select consumer from ${db.schema}.inbox where event_id = $1`, [envelope.id]);
    expect(inbox).toEqual([{ consumer: `test_${db.schema}_twice` }]);
  });

  it('runs the handler in the context of the event: its tenant, actor, correlation, and itself as cause', async () => {
    const subject = uniqueEventSubject();
    const envelope = envelopeOf(subject, 'context');
    let seen: Caller | undefined;
    await startConsumer('context', subject, async () => {
      seen = findCaller();
    });
    await js.publish(subject, JSON.stringify(envelope), { msgID: envelope.id });
    await eventually(() => seen !== undefined, { timeoutMs: 10_000, what: 'the handler' });
    expect(seen).toEqual({ ...systemCaller(envelope.correlationId, TENANT), personId: 'u-office', causationId: envelope.id });
  });

  it('parks a poison message on dlq.<subject> after exactly maxAttempts deliveries, and later messages still flow', async () => {
    const subject = uniqueEventSubject();
    const poison = envelopeOf(subject, 'poison');
    const healthy = envelopeOf(subject, 'healthy');
    const attempts = new Map<string, number>();
    const effect = writeEffect(db);
    await startConsumer(
      'poison',
      subject,
      async (manager, event) => {
        attempts.set(event.id, (attempts.get(event.id) ?? 0) + 1);
        if (event.id === poison.id) throw new Error('cannot apply\nthis event');
        await effect(manager, event);
      },
      3,
    );
    await js.publish(subject, JSON.stringify(poison), { msgID: poison.id });
    await js.publish(subject, JSON.stringify(healthy), { msgID: healthy.id });

    const parkedSubject = deadLetterSubject(subject);
    await eventually(async () => (await storedCount(jsm, parkedSubject, DEAD_LETTER_STREAM)) === 1, { timeoutMs: 10_000, what: 'the dead letter' });
    await eventually(async () => (await effects(db)).some((row) => row.event_id === healthy.id), { timeoutMs: 10_000, what: 'the healthy event' });
    await new Promise((resolve) => setTimeout(resolve, 500));

    expect(attempts.get(poison.id)).toBe(3);
    expect(attempts.get(healthy.id)).toBe(1);
    expect(await storedCount(jsm, parkedSubject, DEAD_LETTER_STREAM)).toBe(1);
    const parked = await jsm.streams.getMessage(DEAD_LETTER_STREAM, { last_by_subj: parkedSubject });
    expect(parked?.json<EventEnvelope>().id).toBe(poison.id);
    expect(parked?.header.get(DeadLetterHeader.Error)).toBe('Error: cannot apply this event');
    expect(parked?.header.get(DeadLetterHeader.Attempts)).toBe('3');
    expect(parked?.header.get(DeadLetterHeader.Consumer)).toBe(`test_${db.schema}_poison`);
    expect((await effects(db)).filter((row) => row.event_id === poison.id)).toHaveLength(0);
  });

  it('parks a message that is not an envelope at once', async () => {
    const subject = uniqueEventSubject();
    let calls = 0;
    await startConsumer('garbage', subject, async () => {
      calls += 1;
    });
    await js.publish(subject, '{"not":"an envelope"}', { msgID: randomUUID() });
    const parkedSubject = deadLetterSubject(subject);
    await eventually(async () => (await storedCount(jsm, parkedSubject, DEAD_LETTER_STREAM)) === 1, { timeoutMs: 10_000, what: 'the dead letter' });
    const parked = await jsm.streams.getMessage(DEAD_LETTER_STREAM, { last_by_subj: parkedSubject });
    expect(parked?.header.get(DeadLetterHeader.Attempts)).toBe('1');
    expect(calls).toBe(0);
  });

  it('refuses a durable name NATS would reject', async () => {
    await expect(startConsumer('has.dot', uniqueEventSubject(), async () => undefined)).rejects.toThrow(/NATS forbids dots/);
  });
});
