import { randomUUID } from 'node:crypto';
import { createLogger } from '@xieshang/platform-observability';
import { TenantDatabase } from '@xieshang/platform-persistence';
import { runAsCaller, systemCaller } from '@xieshang/platform-tenancy';
import type { DataSource, EntityManager } from 'typeorm';
import {
  cancelDeadlines,
  DeadlineScheduler,
  daysBefore,
  instantOf,
  parseLocalDateTime,
  rescheduleDeadlines,
  scheduleDeadline,
  type DeadlineFiredPayload,
} from '../src/index.js';
import { createDeadlineDatabase, ManualClock, type DeadlineDatabase } from './support/deadline-database.js';

const logger = createLogger('deadline-scheduler-test', 'silent');
const ZONE = 'Asia/Shanghai';
const T0 = new Date('2026-12-01T00:00:00Z');

describe('deadline scheduler', () => {
  let db: DeadlineDatabase;
  let replicaA: DataSource;
  let replicaB: DataSource;
  const clock = new ManualClock(T0);

  beforeAll(async () => {
    db = await createDeadlineDatabase();
    [replicaA, replicaB] = await Promise.all([db.connect(), db.connect()]);
  });

  afterAll(async () => {
    await db?.drop();
  });

  beforeEach(async () => {
    clock.set(T0);
    await db.asOwner(`truncate ${db.schema}.deadline, ${db.schema}.outbox, ${db.schema}.meeting`);
  });

  const config = () => ({ schema: db.schema, context: 'test' });

  const asTenant = <T>(tenant: string, work: (manager: EntityManager) => Promise<T>): Promise<T> =>
    runAsCaller({ ...systemCaller(randomUUID(), tenant), personId: 'u-office', roles: ['office'] }, () => new TenantDatabase(replicaA).run(work));

  /** A meeting and its notice deadline, ten local days before it, written in one transaction as a handler does. */
  const planMeeting = (tenant: string, startsAt: string, fail = false): Promise<{ meetingId: string; dueAt: Date }> =>
    asTenant(tenant, async (manager) => {
      const meetingId = randomUUID();
      const starts = parseLocalDateTime(startsAt);
      await manager.query(`insert into ${db.schema}.meeting (id, tenant_id, starts_at) values ($1, $2, $3)`, [meetingId, tenant, instantOf(starts, ZONE)]);
      const dueAt = daysBefore(starts, 10, ZONE);
      await scheduleDeadline(
        manager,
        { kind: 'notice-due', reference: `meeting/${meetingId}`, dueAt, recipients: [{ orgUnitId: 'party-branch-1' }], payload: { meetingId } },
        config(),
      );
      if (fail) throw new Error('the meeting could not be saved');
      return { meetingId, dueAt };
    });

  const scheduler = (dataSource: DataSource, batchSize = 50): DeadlineScheduler =>
    new DeadlineScheduler({ dataSource, schema: db.schema, clock, batchSize, pollIntervalMs: 20, logger });

  const events = () =>
    db.asOwner<{ tenant_id: string; subject: string; envelope: { tenantId: string; payload: DeadlineFiredPayload } }>(
      `select tenant_id, subject, envelope from ${db.schema}.outbox order by created_at`,
    );

  const pending = async (): Promise<number> =>
    Number((await db.asOwner<{ count: string }>(`select count(*) from ${db.schema}.deadline where fired_at is null and cancelled_at is null`))[0]?.count);

  it('fires each deadline once with two replicas claiming at the same time, each event in its own tenant', async () => {
    const planned = await Promise.all(
      Array.from({ length: 24 }, (_, index) => planMeeting(index % 2 ? 'districta' : 'districtb', `2026-12-${String(12 + (index % 10)).padStart(2, '0')}T09:30`)),
    );
    const latest = new Date(Math.max(...planned.map((meeting) => meeting.dueAt.getTime())));
    const replicas = [scheduler(replicaA, 3), scheduler(replicaB, 3)];

    // Before any is due, neither replica fires anything.
    expect(await Promise.all(replicas.map((replica) => replica.fireDue()))).toEqual([0, 0]);
    expect(await events()).toEqual([]);

    clock.set(latest);
    for (const replica of replicas) replica.start();
    try {
      const deadline = Date.now() + 15_000;
      while ((await pending()) > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      await Promise.all(replicas.map((replica) => replica.stop()));
    }

    const fired = await events();
    expect(fired).toHaveLength(planned.length);
    const firedMeetings = fired.map((event) => event.envelope.payload.payload['meetingId']);
    expect(new Set(firedMeetings).size).toBe(planned.length);
    expect([...firedMeetings].sort()).toEqual(planned.map((meeting) => meeting.meetingId).sort());
    for (const event of fired) {
      expect(event.subject).toBe('evt.test.deadline.notice-due.v1');
      expect(event.envelope.tenantId).toBe(event.tenant_id);
      expect(event.envelope.payload).toMatchObject({ kind: 'notice-due', recipients: [{ orgUnitId: 'party-branch-1' }], firedAt: latest.toISOString() });
    }
    const rows = await db.asOwner<{ tenant_id: string; reference: string }>(`select d.tenant_id, d.reference from ${db.schema}.deadline d where d.fired_at = $1`, [latest]);
    expect(rows).toHaveLength(planned.length);
  });

  it('fires nothing before its time, and at its time', async () => {
    const { meetingId, dueAt } = await planMeeting('districta', '2026-12-20T09:00');
    // Ten local days before 09:00 in Shanghai is 01:00 UTC.
    expect(dueAt.toISOString()).toBe('2026-12-10T01:00:00.000Z');
    const replica = scheduler(replicaA);

    clock.set(new Date(dueAt.getTime() - 1));
    expect(await replica.fireDue()).toBe(0);
    expect(await events()).toEqual([]);

    clock.set(dueAt);
    expect(await replica.fireDue()).toBe(1);
    expect(await replica.fireDue()).toBe(0);
    expect((await events()).map((event) => event.envelope.payload.payload['meetingId'])).toEqual([meetingId]);
  });

  it('never fires a cancelled deadline, and fires a moved one at its new time only', async () => {
    const cancelled = await planMeeting('districta', '2026-12-20T09:00');
    const moved = await planMeeting('districta', '2026-12-20T09:00');
    const later = new Date('2026-12-15T01:00:00Z');
    await asTenant('districta', async (manager) => {
      expect(await cancelDeadlines(manager, { reference: `meeting/${cancelled.meetingId}` }, config())).toBe(1);
      expect(await rescheduleDeadlines(manager, { reference: `meeting/${moved.meetingId}`, kind: 'notice-due' }, later, config())).toBe(1);
    });
    const replica = scheduler(replicaA);

    clock.set(cancelled.dueAt);
    expect(await replica.fireDue()).toBe(0);
    clock.set(later);
    expect(await replica.fireDue()).toBe(1);
    clock.set(new Date('2027-06-01T00:00:00Z'));
    expect(await replica.fireDue()).toBe(0);

    const fired = await events();
    expect(fired.map((event) => event.envelope.payload.payload['meetingId'])).toEqual([moved.meetingId]);
    expect(fired[0]?.envelope.payload.dueAt).toBe(later.toISOString());
    // A fired deadline is no longer pending: cancelling it now stops nothing.
    await asTenant('districta', async (manager) => {
      expect(await cancelDeadlines(manager, { reference: `meeting/${moved.meetingId}` }, config())).toBe(0);
    });
  });

  it('deletes deadlines that fired or were cancelled longer ago than the settled age, and keeps the rest', async () => {
    const [oldFired, oldCancelled, recentFired, waiting] = await Promise.all(
      ['2026-12-20T09:00', '2026-12-21T09:00', '2026-12-22T09:00', '2027-02-01T09:00'].map((startsAt) => planMeeting('districta', startsAt)),
    );
    await asTenant('districta', (manager) => cancelDeadlines(manager, { reference: `meeting/${oldCancelled.meetingId}` }, config()));
    clock.set(new Date('2026-12-13T00:00:00Z'));
    expect(await scheduler(replicaA).fireDue()).toBe(2);
    // The first two settled 40 days ago, the third 10 days ago; the fourth is still to fire.
    const settled = (meetingId: string, daysAgo: number) =>
      db.asOwner(
        `update ${db.schema}.deadline set fired_at = case when fired_at is null then null else now() - $2::interval end,
                cancelled_at = case when cancelled_at is null then null else now() - $2::interval end
          where reference = $1`,
        [`meeting/${meetingId}`, `${daysAgo} days`],
      );
    await Promise.all([settled(oldFired.meetingId, 40), settled(oldCancelled.meetingId, 40), settled(recentFired.meetingId, 10)]);

    const purging = new DeadlineScheduler({ dataSource: replicaB, schema: db.schema, clock, batchSize: 1, logger, settledMaxAgeDays: 30 });
    expect(await purging.purgeSettled()).toBe(2);
    expect(await purging.purgeSettled()).toBe(0);
    const left = await db.asOwner<{ reference: string }>(`select reference from ${db.schema}.deadline order by reference`);
    expect(left.map((row) => row.reference).sort()).toEqual([`meeting/${recentFired.meetingId}`, `meeting/${waiting.meetingId}`].sort());
  });

  it('keeps one pending deadline per kind and record: scheduling again moves it', async () => {
    const { meetingId } = await planMeeting('districta', '2026-12-20T09:00');
    const moved = new Date('2026-12-18T01:00:00Z');
    const ids = await asTenant('districta', (manager) =>
      scheduleDeadline(manager, { kind: 'notice-due', reference: `meeting/${meetingId}`, dueAt: moved, recipients: [] }, config()),
    );
    const rows = await db.asOwner<{ id: string; due_at: Date }>(`select id, due_at from ${db.schema}.deadline`);
    expect(rows).toEqual([{ id: ids, due_at: moved }]);
  });

  it('writes no deadline when the business write rolls back', async () => {
    await expect(planMeeting('districta', '2026-12-20T09:00', true)).rejects.toThrow('could not be saved');
    expect(await db.asOwner(`select * from ${db.schema}.deadline`)).toEqual([]);
  });

  it('lets no tenant move or cancel another tenant’s deadline', async () => {
    const { meetingId } = await planMeeting('districta', '2026-12-20T09:00');
    await asTenant('districtb', async (manager) => {
      expect(await cancelDeadlines(manager, { reference: `meeting/${meetingId}` }, config())).toBe(0);
      expect(await rescheduleDeadlines(manager, { reference: `meeting/${meetingId}` }, T0, config())).toBe(0);
    });
    expect(await pending()).toBe(1);
  });
});
