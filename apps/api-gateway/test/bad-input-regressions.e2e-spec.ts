import type { PlanView } from '@xieshang/contracts';
import { callGateway, passwordToken } from '@xieshang/platform-testing';
import { as, expectProblem, randomYear } from './planning-fixtures.js';

/**
 * Each input that once made the platform answer 500 now answers a 4xx problem naming the field,
 * and stores nothing: NUL, integers beyond PostgreSQL's range, days that do not exist, lone
 * surrogates, bodies nested thousands deep, and unknown fields.
 */
describe('bad input that once answered 500', () => {
  const year = randomYear(7);
  let office: ReturnType<typeof as>;
  let admin: ReturnType<typeof as>;
  let plan: PlanView;

  const planCount = async (): Promise<string | null> => (await office(`/plans?filter=${encodeURIComponent(JSON.stringify({ year: year + 1 }))}`)).headers.get('content-range');
  const unitCount = async (): Promise<string | null> => (await admin('/org-units?range=[0,0]')).headers.get('content-range');
  const raw = (path: string, method: string, body: string, token: string) => callGateway(`/api/v1${path}`, { token, method, body });

  beforeAll(async () => {
    const officeToken = await passwordToken('office');
    office = as(officeToken);
    admin = as(await passwordToken('bazhou-admin'));
    plan = (await office('/plans', 'POST', { year, title: `巴州区${year}年度政党协商计划` })).body as PlanView;
  });

  it('refuses a form or plain text sent to a route without fields, instead of acting on it', async () => {
    const member = await passwordToken('minmeng');
    const before = await callGateway('/api/v1/calendar/subscription', { token: member });
    for (const contentType of ['application/x-www-form-urlencoded', 'text/plain']) {
      const sent = await callGateway('/api/v1/calendar/subscription', { token: member, method: 'POST', body: 'title=x', headers: { 'content-type': contentType } });
      expectProblem(sent, 415, 'COMMON.UNSUPPORTED_MEDIA_TYPE', 'Content-Type');
    }
    expect((await callGateway('/api/v1/calendar/subscription', { token: member })).body).toEqual(before.body);
    expect((await callGateway('/api/v1/calendar/subscription', { token: member, method: 'POST' })).status).toBeLessThan(300);
  });

  it('refuses NUL in a body field and in a search filter', async () => {
    const before = await planCount();
    expectProblem(await office('/plans', 'POST', { year: year + 1, title: 'a\u0000b' }), 400, 'VALIDATION.INVALID_INPUT', 'title');
    expectProblem(await office(`/plans?filter=${encodeURIComponent(JSON.stringify({ q: 'a\u0000' }))}`), 400, 'VALIDATION.INVALID_INPUT', 'filter.q');
    expect(await planCount()).toBe(before);
  });

  it('refuses integers beyond PostgreSQL’s range, in filters, path numbers and bodies', async () => {
    expectProblem(await office(`/plans?filter=${encodeURIComponent('{"year":2147483648}')}`), 400, 'VALIDATION.INVALID_INPUT', 'filter.year');
    expectProblem(await office(`/plans/${plan.id}/revisions/2147483648`), 400, 'VALIDATION.INVALID_INPUT', 'number');
    expectProblem(await office(`/plans/${plan.id}`, 'PUT', { title: '改名', version: 2147483648 }), 400, 'VALIDATION.INVALID_INPUT', 'version');
    expectProblem(await office(`/plans?range=${encodeURIComponent('[0,99999999999]')}`), 400, 'VALIDATION.INVALID_INPUT', 'range');
  });

  it('refuses an audit period bound that is not a real day in range', async () => {
    for (const from of ['0000-01-01', '2027-02-30', '0000-01-01T00:00:00Z']) {
      expectProblem(await admin(`/audit-events?filter=${encodeURIComponent(JSON.stringify({ from }))}`), 400, 'VALIDATION.INVALID_INPUT', 'filter.from');
    }
  });

  it('refuses a lone surrogate at the edge, naming the field, and stores nothing', async () => {
    const before = await unitCount();
    const result = await raw('/org-units', 'POST', '{"kind":"department","name":"\\ud800局","shortName":"局"}', (await passwordToken('bazhou-admin')));
    expectProblem(result, 400, 'VALIDATION.INVALID_INPUT', 'name');
    expect(await unitCount()).toBe(before);
  });

  it('refuses a 5,000-deep body at parse time, without naming anything internal', async () => {
    const deep = `{"year":${year + 1},"title":"深","x":${'['.repeat(5000)}${']'.repeat(5000)}}`;
    const result = await raw('/plans', 'POST', deep, await passwordToken('office'));
    expectProblem(result, 400, 'VALIDATION.INVALID_INPUT', '(body)');
    expect(JSON.stringify(result.body)).not.toMatch(/planning\.|directory\.|nats|stack/i);
    const deepFilter = `{"q":${'['.repeat(1000)}${']'.repeat(1000)}}`;
    expectProblem(await office(`/plans?filter=${encodeURIComponent(deepFilter)}`), 400, 'VALIDATION.INVALID_INPUT', 'filter');
  });

  it('refuses unknown body fields on plans, items and org units, naming each', async () => {
    const before = await planCount();
    expectProblem(await office('/plans', 'POST', { year: year + 1, title: '计划', colour: 'red' }), 400, 'VALIDATION.INVALID_INPUT', 'colour');
    const item = { topic: '议题', form: 'written', plannedMonth: 3, contentCategory: 'other', priority: 1 };
    expectProblem(await office(`/plans/${plan.id}/items`, 'POST', item), 400, 'VALIDATION.INVALID_INPUT', 'priority');
    expectProblem(await office(`/plans/${plan.id}/publish`, 'POST', { force: true }), 400, 'VALIDATION.INVALID_INPUT', 'force');
    expectProblem(await admin('/org-units', 'POST', { kind: 'department', name: '新局', shortName: '新', active: false }), 400, 'VALIDATION.INVALID_INPUT', 'active');
    expect(await planCount()).toBe(before);
    expect((await office(`/plans/${plan.id}/items`)).headers.get('content-range')).toBe('plan-items */0');
  });

  it('refuses a body that is not an object where one is expected', async () => {
    expectProblem(await office('/plans', 'POST', [{ year: year + 1, title: '数组' }]), 400, 'VALIDATION.INVALID_INPUT');
  });
});
