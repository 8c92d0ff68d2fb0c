import { eventually } from '@xieshang/platform-testing';
import { EVENTS_STREAM } from '@xieshang/contracts';
import { createLogger } from '@xieshang/platform-observability';
import type { JetStreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { EventConsumer, OutboxRelay } from '../src/index.js';
import { changeThing, effects, writeEffect } from './support/events.js';
import { connectWithStreams, storedCount, uniqueEventSubject } from './support/nats.js';
import { createTestDatabase, type TestDatabase } from './support/test-database.js';

const logger = createLogger('outbox-relay-test', 'silent');

describe('outbox relay', () => {
  let db: TestDatabase;
  let nc: NatsConnection;
  let jsm: JetStreamManager;

  beforeAll(async () => {
    db = await createTestDatabase('messaging');
    ({ nc, jsm } = await connectWithStreams());
  });

  afterAll(async () => {
    await nc?.close();
    await db?.drop();
  });

  const relay = (afterPublish?: () => void): OutboxRelay =>
    new OutboxRelay({ databaseUrl: db.appUrl, schema: db.schema, nats: nc, logger, pollIntervalMs: 200, backoff: { initialMs: 50, maxMs: 200 }, afterPublish });

  it('never publishes an event whose transaction rolled back, and publishes a committed one once with msgID = id', async () => {
    const subject = uniqueEventSubject();
    await expect(changeThing(db, subject, 'rolled back', true)).rejects.toThrow('the command failed');
    const committed = await changeThing(db, subject, 'committed');

    const running = relay();
    running.start();
    try {
      await eventually(async () => (await storedCount(jsm, subject)) > 0, { timeoutMs: 10_000, what: 'the committed event in the stream' });
      await new Promise((resolve) => setTimeout(resolve, 500));
    } finally {
      await running.stop();
    }

    expect(await storedCount(jsm, subject)).toBe(1);
    const stored = await jsm.streams.getMessage(EVENTS_STREAM, { last_by_subj: subject });
    expect(stored?.header.get('Nats-Msg-Id')).toBe(committed.id);
    expect(stored?.json<{ id: string; payload: { note: string } }>()).toMatchObject({ id: committed.id, payload: { note: 'committed' } });
    const rows = await db.asOwner<{ id: string; published_at: Date | null }>(`select id, published_at from ${db.schema}.outbox`);
    expect(rows).toEqual([{ id: committed.id, published_at: expect.any(Date) }]);
  });

  it('keeps an event published by a relay that died before marking it, and the next relay adds no copy', async () => {
    const subject = uniqueEventSubject();
    const event = await changeThing(db, subject, 'survives a crash');

    const dying = relay(() => {
      throw new Error('process killed between publish and mark');
    });
    await expect(dying.relayBatch()).rejects.toThrow('process killed');
    await dying.stop();
    expect(await storedCount(jsm, subject)).toBe(1);
    const [row] = await db.asOwner<{ published_at: Date | null }>(`select published_at from ${db.schema}.outbox where id = $1`, [event.id]);
    expect(row?.published_at).toBeNull();

    const next = relay();
    expect(await next.relayBatch()).toBe(1);
    await next.stop();
    expect(await storedCount(jsm, subject)).toBe(1);

    const consumer = new EventConsumer({
      nats: nc,
      dataSource: db.app,
      schema: db.schema,
      durable: `test_${db.schema}_crash`,
      filterSubjects: subject,
      handler: writeEffect(db),
      logger,
    });
    await consumer.start();
    try {
      await eventually(async () => (await effects(db)).some((effect) => effect.event_id === event.id), { timeoutMs: 10_000, what: 'the effect' });
      await new Promise((resolve) => setTimeout(resolve, 500));
    } finally {
      await consumer.stop();
      await jsm.consumers.delete(EVENTS_STREAM, `test_${db.schema}_crash`);
    }
    expect((await effects(db)).filter((effect) => effect.event_id === event.id)).toHaveLength(1);
  });

  it('wakes on commit instead of waiting for its poll', async () => {
    const subject = uniqueEventSubject();
    const running = new OutboxRelay({ databaseUrl: db.appUrl, schema: db.schema, nats: nc, logger, pollIntervalMs: 60_000 });
    running.start();
    try {
      // Let the first (empty) turn finish so the relay sits in its long pause.
      await new Promise((resolve) => setTimeout(resolve, 300));
      await changeThing(db, subject, 'notified');
      await eventually(async () => (await storedCount(jsm, subject)) === 1, { timeoutMs: 3_000, what: 'the notified event' });
    } finally {
      await running.stop();
    }
  });
});
