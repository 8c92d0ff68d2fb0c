import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { DataSource, type EntityManager, type QueryRunner } from 'typeorm';
import { outboxStatements } from '@xieshang/platform-messaging';
import { DEFAULT_TIME_ZONE, DeadlineScheduler, type DeadlineFiredPayload, deadlineStatements } from '@xieshang/platform-deadlines';
import { createLogger } from '@xieshang/platform-observability';
import { schemaStatements, serviceRole, TenantDatabase } from '@xieshang/platform-persistence';
import { createTestDatabase, ownerPool, type TestDatabase } from '@xieshang/platform-testing';
import { runAsCaller, systemCaller } from '@xieshang/platform-tenancy';
import { CreateCases1796100000000 } from '../src/migrations/1796100000000-create-cases.js';
import { CreateDashboardCounts1796100100000 } from '../src/migrations/1796100100000-create-dashboard-counts.js';
import { type CaseRow, insertCase, saveCase } from '../src/cases/case.repository.js';
import { extendedDue } from '../src/cases/case.rules.js';
import { scheduleCaseDeadlines, startHandling } from '../src/cases/commands/start-handling.js';

const S = 'handling_feedback';
const ROLE = serviceRole(S);
const ZONE = DEFAULT_TIME_ZONE;
const logger = createLogger('case-clock-test', 'silent');
const LEAD = randomUUID();
const OFFICE = randomUUID();
const UFWD = randomUUID();

/** A clock the test moves by hand. */
class ManualClock {
  constructor(private current: Date) {}
  now(): Date {
    return new Date(this.current);
  }
  set(to: Date): void {
    this.current = to;
  }
}

/**
 * A case's clock on the service's own schema, with an injected clock and two scheduler replicas:
 * the reminder before the due date and the escalation at it fire once each, an extension moves
 * both (once only), and a released case is no longer chased.
 */
describe('the handling clock of a case', () => {
  let database: TestDatabase;
  let owner: pg.Pool;
  let replicas: DataSource[];
  const clock = new ManualClock(new Date('2027-01-10T02:00:00Z'));

  beforeAll(async () => {
    database = await createTestDatabase('handling_clock', ROLE);
    owner = ownerPool(database);
    const runner = { query: (sql: string) => owner.query(sql) } as unknown as QueryRunner;
    for (const statement of [...schemaStatements(S, ROLE), ...outboxStatements(S, ROLE), ...deadlineStatements(S, ROLE)]) await owner.query(statement);
    await new CreateCases1796100000000().up(runner);
    await new CreateDashboardCounts1796100100000().up(runner);
    replicas = await Promise.all([0, 1].map(() => new DataSource({ type: 'postgres', url: database.appUrl, poolSize: 4 }).initialize()));
  });

  afterAll(async () => {
    await Promise.all((replicas ?? []).map((source) => source.destroy()));
    await owner?.end();
    await database?.drop();
  });

  const asOffice = <T>(work: (manager: EntityManager) => Promise<T>): Promise<T> =>
    runAsCaller({ ...systemCaller(randomUUID(), 'bazhou'), personId: 'u-office', roles: ['office'] }, () => new TenantDatabase(replicas[0]!).run(work));

  const assignedCase = (): Promise<CaseRow> =>
    asOffice(async (manager) => {
      const row = (await insertCase(manager, {
        opinionId: randomUUID(),
        title: '建议优化公交线路',
        text: '建议优化公交线路',
        suggestedTrack: 'actionable',
        sourceKind: 'meeting',
        sourceRecordId: null,
        sourceTitle: '专题协商会',
        sourceSection: null,
        draftingOrgUnitId: null,
        splitFromId: null,
        raisedAt: clock.now(),
        year: 2027,
      }))!;
      const led = await saveCase(manager, row, { status: 'to_assign', track: 'actionable', lead_org_unit_id: LEAD, assigned_by_role: 'office' });
      return startHandling(manager, led, { now: clock.now(), months: 3, zone: ZONE, escalateTo: [OFFICE, UFWD] });
    });

  const schedulers = () => replicas.map((source) => new DeadlineScheduler({ dataSource: source, schema: S, clock, batchSize: 1, pollIntervalMs: 10, logger }));

  /** Both replicas claim at once, again and again, as they would every poll. */
  const fireWithBoth = async (): Promise<number> => {
    let fired = 0;
    for (let round = 0; round < 3; round += 1) fired += (await Promise.all(schedulers().map((scheduler) => scheduler.fireDue()))).reduce((a, b) => a + b, 0);
    return fired;
  };

  // In the order the deadlines fall due: two replicas firing at one tick may write them either way round.
  const firedFor = async (caseId: string) =>
    (
      await owner.query<{ subject: string; envelope: { payload: DeadlineFiredPayload } }>(
        `select subject, envelope from ${S}.outbox where subject like 'evt.handling-feedback.deadline.%' order by envelope->'payload'->>'dueAt', created_at`,
      )
    ).rows.filter(
      (row) => row.envelope.payload.payload['caseId'] === caseId,
    );

  it('reminds the lead department fifteen days before the due date, and escalates to the assigner and UFWD at it, each once with two replicas', async () => {
    clock.set(new Date('2027-01-10T02:00:00Z'));
    const row = await assignedCase();
    // Three months after 10 January 10:00 in Shanghai is 10 April 10:00 there.
    expect(new Date(row.due_at!).toISOString()).toBe('2027-04-10T02:00:00.000Z');

    clock.set(new Date('2027-03-26T01:59:59Z'));
    await fireWithBoth();
    expect(await firedFor(row.id)).toEqual([]);

    clock.set(new Date('2027-03-26T02:00:00Z'));
    await fireWithBoth();
    let fired = await firedFor(row.id);
    expect(fired.map((event) => event.subject)).toEqual(['evt.handling-feedback.deadline.case-reminder.v1']);
    expect(fired[0]!.envelope.payload.recipients).toEqual([{ orgUnitId: LEAD }]);

    clock.set(new Date('2027-04-10T02:00:00Z'));
    await fireWithBoth();
    clock.set(new Date('2027-05-01T00:00:00Z'));
    await fireWithBoth();
    fired = await firedFor(row.id);
    expect(fired.map((event) => event.subject)).toEqual(['evt.handling-feedback.deadline.case-reminder.v1', 'evt.handling-feedback.deadline.case-overdue.v1']);
    expect(fired[1]!.envelope.payload.recipients).toEqual([{ orgUnitId: OFFICE }, { orgUnitId: UFWD }]);
  });

  it('extends once: both deadlines move by the period, and a second extension is refused', async () => {
    clock.set(new Date('2027-06-01T02:00:00Z'));
    const row = await assignedCase();
    const dueAt = extendedDue(new Date(row.due_at!), 3, ZONE, row.extended);
    expect(dueAt.toISOString()).toBe('2027-12-01T02:00:00.000Z');
    await asOffice(async (manager) => {
      await scheduleCaseDeadlines(manager, row, dueAt, ZONE, [OFFICE, UFWD]);
      await saveCase(manager, row, { due_at: dueAt, extended: true });
    });
    expect(() => extendedDue(dueAt, 3, ZONE, true)).toThrow(expect.objectContaining({ code: 'HANDLING.ALREADY_EXTENDED' }));

    // Nothing at the first due date; the reminder and the escalation at the extended one.
    clock.set(new Date('2027-09-01T02:00:00Z'));
    await fireWithBoth();
    expect(await firedFor(row.id)).toEqual([]);
    clock.set(new Date('2027-12-01T02:00:00Z'));
    await fireWithBoth();
    const fired = await firedFor(row.id);
    expect(fired.map((event) => [event.envelope.payload.kind, event.envelope.payload.dueAt])).toEqual([
      ['case-reminder', '2027-11-16T02:00:00.000Z'],
      ['case-overdue', '2027-12-01T02:00:00.000Z'],
    ]);
  });
});
