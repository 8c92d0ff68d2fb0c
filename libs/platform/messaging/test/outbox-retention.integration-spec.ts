import { randomUUID } from 'node:crypto';
import { createLogger } from '@xieshang/platform-observability';
import { NO_TENANT_SQLSTATE } from '@xieshang/platform-persistence';
import pg from 'pg';
import { OutboxRetention } from '../src/index.js';
import { createTestDatabase, type TestDatabase } from './support/test-database.js';

const logger = createLogger('outbox-retention-test', 'silent');

describe('outbox and inbox retention', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase('retention');
  });

  afterAll(async () => {
    await db?.drop();
  });

  beforeEach(async () => {
    await db.asOwner(`truncate ${db.schema}.outbox, ${db.schema}.inbox`);
  });

  /** An outbox row created and (unless `published` is null) published the given hours ago. */
  const outboxRow = async (tenant: string, createdHoursAgo: number, publishedHoursAgo: number | null): Promise<string> => {
    const id = randomUUID();
    await db.asOwner(
      `insert into ${db.schema}.outbox (id, tenant_id, subject, envelope, created_at, published_at)
       values ($1, $2, 'evt.test.thing.changed.v1', '{}', now() - make_interval(hours => $3),
               case when $4::integer is null then null else now() - make_interval(hours => $4::integer) end)`,
      [id, tenant, createdHoursAgo, publishedHoursAgo],
    );
    return id;
  };

  const inboxRow = async (tenant: string, processedDaysAgo: number): Promise<string> => {
    const id = randomUUID();
    await db.asOwner(
      `insert into ${db.schema}.inbox (consumer, event_id, tenant_id, processed_at) values ('test_consumer', $1, $2, now() - make_interval(days => $3))`,
      [id, tenant, processedDaysAgo],
    );
    return id;
  };

  const outboxIds = async (): Promise<string[]> => (await db.asOwner<{ id: string }>(`select id from ${db.schema}.outbox order by id`)).map((row) => row.id);
  const inboxIds = async (): Promise<string[]> => (await db.asOwner<{ event_id: string }>(`select event_id from ${db.schema}.inbox order by event_id`)).map((row) => row.event_id);

  const retention = (batchSize: number): OutboxRetention =>
    new OutboxRetention({ databaseUrl: db.appUrl, schema: db.schema, outboxMaxAgeHours: 72, inboxMaxAgeDays: 30, batchSize, logger });

  it('deletes only published outbox rows and inbox rows past their age, of every tenant, in batches', async () => {
    const oldPublished = await Promise.all([
      ...Array.from({ length: 4 }, () => outboxRow('districta', 100, 99)),
      ...Array.from({ length: 3 }, () => outboxRow('districtb', 200, 73)),
    ]);
    const kept = await Promise.all([
      outboxRow('districta', 500, null), // old but never published: the relay still owes it
      outboxRow('districtb', 80, 71), // published, but younger than 72 hours
      outboxRow('districta', 1, 0),
    ]);
    const oldInbox = await Promise.all([inboxRow('districta', 31), inboxRow('districtb', 45), inboxRow('districtb', 400)]);
    const keptInbox = await Promise.all([inboxRow('districta', 29), inboxRow('districtb', 0)]);

    const job = retention(3);
    try {
      // Seven old outbox rows at three a statement take three statements; the last one comes back short.
      expect(await job.purge()).toEqual({ outbox: oldPublished.length, inbox: oldInbox.length, idempotencyKeys: 0 });
      expect(await job.purge()).toEqual({ outbox: 0, inbox: 0, idempotencyKeys: 0 });
    } finally {
      await job.stop();
    }
    expect(await outboxIds()).toEqual([...kept].sort());
    expect(await inboxIds()).toEqual([...keptInbox].sort());
  });

  it('never deletes rows younger than an hour, whatever age it is asked for', async () => {
    const recent = await outboxRow('districta', 1, 0);
    const older = await outboxRow('districta', 3, 2);
    const app = new pg.Client({ connectionString: db.appUrl });
    await app.connect();
    try {
      const { rows } = await app.query<{ deleted: number }>(`select ${db.schema}.outbox_purge('0 seconds', 100) as deleted`);
      expect(rows[0]?.deleted).toBe(1);
    } finally {
      await app.end();
    }
    expect(await outboxIds()).toEqual([recent]);
    expect(await outboxIds()).not.toContain(older);
  });

  it('lets the app role purge only through the functions: a direct delete without a tenant fails and deletes nothing', async () => {
    await outboxRow('districta', 100, 99);
    const app = new pg.Client({ connectionString: db.appUrl });
    await app.connect();
    try {
      await expect(app.query(`delete from ${db.schema}.outbox`)).rejects.toMatchObject({ code: NO_TENANT_SQLSTATE });
    } finally {
      await app.end();
    }
    expect(await outboxIds()).toHaveLength(1);
  });

  it('lets two replicas purge at once: neither waits for the other and each row is deleted once', async () => {
    const old = await Promise.all(Array.from({ length: 10 }, (_, index) => outboxRow(index % 2 ? 'districta' : 'districtb', 100, 90)));
    const fresh = await outboxRow('districta', 2, 1);
    const first = new pg.Client({ connectionString: db.appUrl });
    const second = new pg.Client({ connectionString: db.appUrl });
    await Promise.all([first.connect(), second.connect()]);
    try {
      // The first replica's batch stays locked in its open transaction while the second one runs.
      await first.query('begin');
      const firstBatch = await first.query<{ deleted: number }>(`select ${db.schema}.outbox_purge('72 hours', 4) as deleted`);
      await second.query('begin');
      // Were the second replica to wait for the first one's locks, this would fail after 2 s.
      await second.query(`set local lock_timeout = '2s'`);
      const started = Date.now();
      const secondBatch = await second.query<{ deleted: number }>(`select ${db.schema}.outbox_purge('72 hours', 100) as deleted`);
      expect(Date.now() - started).toBeLessThan(1_500);
      await Promise.all([first.query('commit'), second.query('commit')]);

      expect(firstBatch.rows[0]?.deleted).toBe(4);
      expect(secondBatch.rows[0]?.deleted).toBe(old.length - 4);
    } finally {
      await Promise.all([first.end(), second.end()]);
    }
    expect(await outboxIds()).toEqual([fresh]);
  });

  it('splits a large backlog between two jobs purging at once, each row deleted by one of them', async () => {
    await db.asOwner(
      `insert into ${db.schema}.outbox (id, tenant_id, subject, envelope, created_at, published_at)
       select gen_random_uuid(), case when n % 2 = 0 then 'districta' else 'districtb' end, 'evt.test.thing.changed.v1', '{}',
              now() - interval '100 hours', now() - interval '99 hours'
       from generate_series(1, 2500) n`,
    );
    const fresh = await outboxRow('districta', 2, 1);
    const jobs = [retention(100), retention(100)];
    try {
      const [first, second] = await Promise.all(jobs.map((job) => job.purge()));
      expect((first?.outbox ?? 0) + (second?.outbox ?? 0)).toBe(2500);
    } finally {
      await Promise.all(jobs.map((job) => job.stop()));
    }
    expect(await outboxIds()).toEqual([fresh]);
  });
});
