import { jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { EVENTS_STREAM } from '@xieshang/contracts';
import { createLogger } from '@xieshang/platform-observability';
import { ensureStreams, EventConsumer, OutboxRelay } from '../src/index.js';
import { changeThing, effects, writeEffect } from './support/events.js';
import { connectNats, storedCount, uniqueEventSubject } from './support/nats.js';
import { eventually, OwnNatsServer } from '@xieshang/platform-testing';
import { createTestDatabase, type TestDatabase } from './support/test-database.js';

const logger = createLogger('nats-outage-test', 'silent');
const OUTAGE_MS = 10_000;

describe('a NATS outage', () => {
  let db: TestDatabase;
  let server: OwnNatsServer;
  let nc: NatsConnection;

  beforeAll(async () => {
    db = await createTestDatabase('messaging');
    server = await OwnNatsServer.create();
    await server.start();
    nc = await connectNats(server.url);
    await ensureStreams(await jetstreamManager(nc));
  });

  afterAll(async () => {
    await nc?.close();
    await server?.destroy();
    await db?.drop();
  });

  it('loses no event recorded while NATS is down for 10 s, and applies each exactly once', async () => {
    const subject = uniqueEventSubject();
    const relay = new OutboxRelay({
      databaseUrl: db.appUrl,
      schema: db.schema,
      nats: nc,
      logger,
      pollIntervalMs: 200,
      publishTimeoutMs: 1_000,
      backoff: { initialMs: 100, maxMs: 1_000 },
    });
    const consumer = new EventConsumer({
      nats: nc,
      dataSource: db.app,
      schema: db.schema,
      durable: 'test_outage_effects',
      filterSubjects: subject,
      handler: writeEffect(db),
      backoff: { initialMs: 50, maxMs: 200 },
      logger,
    });
    relay.start();
    await consumer.start();
    try {
      for (let i = 0; i < 5; i += 1) await changeThing(db, subject, `before ${i}`);
      await eventually(async () => (await effects(db)).length === 5, { timeoutMs: 10_000, what: 'the events before the outage' });

      await server.stop();
      for (let i = 0; i < 5; i += 1) await changeThing(db, subject, `during ${i}`);
      await new Promise((resolve) => setTimeout(resolve, OUTAGE_MS));
      const pendingDuringOutage = await db.asOwner(`select id from ${db.schema}.outbox where published_at is null`);
      expect(pendingDuringOutage).toHaveLength(5);
      await server.start();

      for (let i = 0; i < 5; i += 1) await changeThing(db, subject, `after ${i}`);
      await eventually(async () => (await effects(db)).length >= 15, { timeoutMs: 30_000, what: 'every event after the outage' });
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    } finally {
      await consumer.stop();
      await relay.stop();
    }

    const applied = await effects(db);
    expect(applied).toHaveLength(15);
    expect(new Set(applied.map((row) => row.event_id)).size).toBe(15);
    expect(await storedCount(await jetstreamManager(nc), subject, EVENTS_STREAM)).toBe(15);
    expect(await db.asOwner(`select id from ${db.schema}.outbox where published_at is null`)).toHaveLength(0);
  });
});
