import type { LiveNoticeMessage, PlanView, TaskView } from '@xieshang/contracts';
import { callGateway, eventually, passwordToken, platformUrls } from '@xieshang/platform-testing';
import { as, orgUnits, randomYear, suffix } from './planning-fixtures.js';

interface StreamEvent {
  type: string;
  data: LiveNoticeMessage & Record<string, unknown>;
  at: number;
}

/** Reads the gateway's notice stream as the console does: `fetch` with the bearer header, server-sent events in the body. */
const openStream = async (token: string): Promise<{ events: StreamEvent[]; close: () => void; status: number }> => {
  const abort = new AbortController();
  const response = await fetch(`${platformUrls.gateway}/api/v1/notices/stream`, { headers: { authorization: `Bearer ${token}` }, signal: abort.signal });
  const events: StreamEvent[] = [];
  if (response.ok && response.body) {
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    void (async () => {
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
        if (done) return;
        buffer += value;
        let end = buffer.indexOf('\n\n');
        while (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const type = /^event: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (type && data) events.push({ type, data: JSON.parse(data), at: Date.now() });
          end = buffer.indexOf('\n\n');
        }
      }
    })();
  }
  return { events, close: () => abort.abort(), status: response.status };
};

const tasksOf = async (reader: ReturnType<typeof as>): Promise<TaskView[]> => (await reader(`/tasks?range=${encodeURIComponent('[0,99]')}`)).body as TaskView[];

/**
 * A notice reaches the open stream of its reader within two seconds of the action that made it,
 * and the 待办 list follows the procedure: topics to suggest while a plan is solicited, the plan to
 * approve once it is submitted, each gone when it is done.
 */
describe('the live notice stream and what waits for each person', () => {
  const year = randomYear(8);
  const tag = suffix();
  let office: ReturnType<typeof as>;
  let leader: ReturnType<typeof as>;
  let minmeng: ReturnType<typeof as>;
  let minmengLeader: ReturnType<typeof as>;
  let enyang: ReturnType<typeof as>;
  let stream: Awaited<ReturnType<typeof openStream>>;
  let plan: PlanView;

  beforeAll(async () => {
    const [o, l, m, ml, e] = await Promise.all(['office', 'leader', 'minmeng', 'minmeng-leader', 'enyang-office'].map((name) => passwordToken(name)));
    [office, leader, minmeng, minmengLeader, enyang] = [o, l, m, ml, e].map((token) => as(token as string));
    const units = await orgUnits(o as string);
    plan = (await office('/plans', 'POST', { year, title: `巴州区${year}年度政党协商计划 ${tag}` })).body as PlanView;
    await office(`/plans/${plan.id}/items`, 'POST', {
      topic: `实时通知议题 ${tag}`,
      form: 'meeting',
      meetingType: 'thematic',
      plannedMonth: 4,
      participantOrgUnitIds: [units.get('民盟')?.id],
      leadOrgUnitId: units.get('区委统战部')?.id,
      contentCategory: 'policies_and_plans',
    });
    stream = await openStream(m as string);
  });

  afterAll(() => stream?.close());

  it('refuses a stream without a token, and opens one for a signed-in reader', async () => {
    expect((await callGateway('/api/v1/notices/stream')).status).toBe(401);
    expect(stream.status).toBe(200);
    await eventually(() => stream.events.find((event) => event.type === 'ready'), { what: 'the stream to open' });
  });

  it('shows a solicited plan’s notice in the member’s open stream within two seconds, and a task to suggest topics', async () => {
    let solicitedAt = 0;
    for (const deadline of [`${new Date().getUTCFullYear() + 1}-01-31`, `${year}-12-31`]) {
      solicitedAt = Date.now();
      if ((await office(`/plans/${plan.id}/solicit`, 'POST', { suggestionsDeadline: deadline })).status === 200) break;
    }
    const notice = (await eventually(() => stream.events.find((event) => event.type === 'notice' && event.data.title === plan.title), { what: 'the live notice', timeoutMs: 5_000 })) as StreamEvent;
    expect(notice.at - solicitedAt).toBeLessThan(2_000);
    expect(notice.data).toMatchObject({ kind: 'plan.solicited', link: { resource: 'plans', id: plan.id } });
    for (const reader of [minmeng, minmengLeader]) {
      const tasks = await eventually(() => tasksOf(reader), { until: (found) => found.some((task) => task.link.id === plan.id), what: 'the task to suggest topics' });
      expect(tasks.find((task) => task.link.id === plan.id)).toMatchObject({ kind: 'plan.suggest-topics', context: 'planning', link: { resource: 'plans' }, dueOn: expect.any(String) });
    }
    expect((await tasksOf(enyang)).some((task) => task.link.id === plan.id)).toBe(false);
    expect((await tasksOf(office)).some((task) => task.link.id === plan.id)).toBe(false);
  });

  it('moves the plan from the branches’ lists to the leader’s when it is submitted, and off it when approved', async () => {
    expect((await office(`/plans/${plan.id}/submit-for-review`, 'POST', {})).status).toBe(200);
    await eventually(() => tasksOf(minmeng), { until: (found) => !found.some((task) => task.link.id === plan.id), what: 'the member’s task to close' });
    await eventually(() => stream.events.find((event) => event.type === 'tasks'), { what: 'the live change of the list' });
    const waiting = await eventually(() => tasksOf(leader), { until: (found) => found.some((task) => task.link.id === plan.id), what: 'the plan to approve' });
    expect(waiting.find((task) => task.link.id === plan.id)).toMatchObject({ kind: 'plan.approve', dueOn: null });
    const approved = await leader(`/plans/${plan.id}/approve`, 'POST', { decisionReference: `巴州委〔${year}〕9号`, belowMinimumReason: '实时通知测试' });
    expect(approved.status).toBe(200);
    await eventually(() => tasksOf(leader), { until: (found) => !found.some((task) => task.link.id === plan.id), what: 'the leader’s task to close' });
  });
});
