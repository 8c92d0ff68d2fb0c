import type { PlanItemView, PlanView } from '@xieshang/contracts';
import { callGateway, passwordToken } from '@xieshang/platform-testing';
import { randomYear, suffix } from './planning-fixtures.js';

const WRITES = 200;
const CONCURRENCY = 4;
const PAUSE_MS = 6_000;
/** The pauses start once this many writes have answered, so both land in the middle of the run. */
const PAUSE_AFTER = [40, 120];

const natsPid = (): number => {
  const pid = Number(process.env['XS_NATS_PID']);
  if (!Number.isInteger(pid) || pid <= 0) throw new Error('XS_NATS_PID names no nats-server: run this test through npm test, which starts its own');
  return pid;
};

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

interface Figures {
  writes: number;
  retries: number;
  byStatus: Record<number, number>;
  missingRetryAfter: number;
}

/**
 * Keyed plan-item writes through two NATS pauses (the platform's own nats-server stopped with
 * SIGSTOP for six seconds, twice), each retried with its own key until it answers 2xx: every
 * item is stored exactly once, no key stays stuck, and the pauses answer 503/504 with
 * Retry-After (or 409 while a lost attempt's lease runs), never a 500.
 */
describe('keyed writes through NATS outages', () => {
  const tag = `idem-${suffix()}`;
  let token: string;
  let plan: PlanView;

  beforeAll(async () => {
    natsPid();
    token = await passwordToken('office');
    const created = await callGateway('/api/v1/plans', { token, method: 'POST', body: { year: randomYear(6), title: `幂等写入 ${tag}` } });
    expect(created.status).toBe(201);
    plan = created.body as PlanView;
  });

  const body = (index: number) => ({
    topic: `${tag} #${index}`,
    form: 'written',
    meetingType: null,
    plannedMonth: 1 + (index % 12),
    participantOrgUnitIds: [],
    leadOrgUnitId: null,
    contentCategory: 'reform_development_livelihood',
  });

  /** One write, retried with the same key until it is stored; every answer on the way is counted. */
  const writeUntilStored = async (index: number, figures: Figures): Promise<PlanItemView> => {
    const key = `${tag}-${index}`;
    for (let attempt = 0; ; attempt += 1) {
      if (attempt > 0) figures.retries += 1;
      const result = await callGateway(`/api/v1/plans/${plan.id}/items`, { token, method: 'POST', body: body(index), headers: { 'idempotency-key': key } });
      figures.byStatus[result.status] = (figures.byStatus[result.status] ?? 0) + 1;
      if (result.status >= 200 && result.status < 300) return result.body as PlanItemView;
      if ([409, 503, 504].includes(result.status) && !result.headers.get('retry-after')) figures.missingRetryAfter += 1;
      if (![409, 503, 504].includes(result.status)) throw new Error(`write ${index} answered ${result.status}: ${JSON.stringify(result.body)}`);
      if (attempt > 200) throw new Error(`write ${index} is stuck: ${result.status} ${JSON.stringify(result.body)}`);
      await sleep(250);
    }
  };

  it(`stores each of ${WRITES} keyed writes exactly once through two NATS pauses`, async () => {
    const figures: Figures = { writes: WRITES, retries: 0, byStatus: {}, missingRetryAfter: 0 };
    const stored: PlanItemView[] = [];
    const started = Date.now();
    let next = 0;
    let pausedMs = 0;
    const pauses = (async () => {
      for (const after of PAUSE_AFTER) {
        while (stored.length < after) await sleep(50);
        const from = Date.now();
        process.kill(natsPid(), 'SIGSTOP');
        try {
          await sleep(PAUSE_MS);
        } finally {
          process.kill(natsPid(), 'SIGCONT');
        }
        pausedMs += Date.now() - from;
      }
    })();
    const workers = Array.from({ length: CONCURRENCY }, async () => {
      while (next < WRITES) {
        const index = next;
        next += 1;
        stored.push(await writeUntilStored(index, figures));
      }
    });
    await Promise.all(workers);
    await pauses;
    const seconds = (Date.now() - started) / 1_000;

    // Every write again with its key: each replays the first reply (at most after a lost attempt's lease), none stays stuck.
    const replayFigures: Figures = { writes: WRITES, retries: 0, byStatus: {}, missingRetryAfter: 0 };
    const replays = await Promise.all(Array.from({ length: WRITES }, (_, index) => writeUntilStored(index, replayFigures)));
    const items: PlanItemView[] = [];
    for (let from = 0; ; from += 100) {
      const page = await callGateway(`/api/v1/plan-items?filter=${encodeURIComponent(JSON.stringify({ planId: plan.id }))}&range=${encodeURIComponent(JSON.stringify([from, from + 99]))}`, { token });
      expect(page.status).toBe(200);
      items.push(...(page.body as PlanItemView[]));
      if ((page.body as PlanItemView[]).length < 100) break;
    }
    const topics = items.map((item) => item.topic).filter((topic) => topic.startsWith(tag));

    console.log(
      `keyed writes through NATS pauses: ${WRITES} writes at concurrency ${CONCURRENCY}, ${figures.retries} retries, ` +
        `answers by status ${JSON.stringify(figures.byStatus)}, ${figures.byStatus[503] ?? 0} × 503, ` +
        `NATS paused ${(pausedMs / 1_000).toFixed(1)} s in ${PAUSE_AFTER.length} pauses, ${seconds.toFixed(1)} s in all, ${topics.length} items stored`,
    );
    expect(pausedMs).toBeGreaterThanOrEqual(PAUSE_AFTER.length * PAUSE_MS);
    expect(figures.byStatus[500] ?? 0).toBe(0);
    expect(figures.missingRetryAfter).toBe(0);
    expect(figures.retries).toBeGreaterThan(0);
    expect(new Set(stored.map((item) => item.id)).size).toBe(WRITES);
    expect(topics.length).toBe(WRITES);
    expect(new Set(topics).size).toBe(WRITES);
    expect(replayFigures.byStatus[500] ?? 0).toBe(0);
    const byTopic = new Map(stored.map((item) => [item.topic, item.id]));
    expect(replays.filter((reply, index) => reply.id !== byTopic.get(`${tag} #${index}`))).toEqual([]);
  }, 240_000);
});
