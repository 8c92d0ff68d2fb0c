import type { ReplyView, SolicitationView } from '@xieshang/contracts';
import { callGateway, passwordToken } from '@xieshang/platform-testing';
import { as, expectProblem, orgUnits, suffix, type Unit } from './planning-fixtures.js';
import { inSeconds } from './written-fixtures.js';

const query = (filter: object) => `?filter=${encodeURIComponent(JSON.stringify(filter))}&range=${encodeURIComponent('[0,99]')}`;

/** Bad input to written consultation is refused with a clear code and the field, and nothing is stored. */
describe('written consultation refuses bad input', () => {
  const tag = suffix();
  let office: ReturnType<typeof as>;
  let minmeng: ReturnType<typeof as>;
  let units: Map<string, Unit>;
  const unit = (name: string): string => units.get(name)?.id as string;
  const draft = (overrides: object) => ({
    title: `坏输入 ${tag}`,
    documentVersion: '征求意见稿',
    sections: [{ key: '一', title: '总则' }],
    recipientOrgUnitIds: [unit('民盟')],
    replyDeadline: inSeconds(3600),
    ...overrides,
  });
  const stored = async (): Promise<SolicitationView[]> => (await office(`/solicitations${query({ q: `坏输入 ${tag}` })}`)).body as SolicitationView[];

  beforeAll(async () => {
    const token = await passwordToken('office');
    office = as(token);
    minmeng = as(await passwordToken('minmeng'));
    units = await orgUnits(token);
  });

  it('refuses a reply deadline in the past, naming the field', async () => {
    expectProblem(await office('/solicitations', 'POST', draft({ replyDeadline: '2020-01-31T17:00:00+08:00' })), 422, 'VALIDATION.REPLY_DEADLINE_PASSED', 'replyDeadline');
    expect(await stored()).toEqual([]);
  });

  it('refuses a solicitation without recipients, or to a unit that is not a party branch', async () => {
    expectProblem(await office('/solicitations', 'POST', draft({ recipientOrgUnitIds: [] })), 400, 'VALIDATION.INVALID_INPUT', 'recipientOrgUnitIds');
    expectProblem(await office('/solicitations', 'POST', draft({ recipientOrgUnitIds: [unit('发改局')] })), 422, 'VALIDATION.NOT_A_PARTY_BRANCH', 'recipientOrgUnitIds.0');
    expectProblem(await office('/solicitations', 'POST', draft({ sections: [{ key: '一', title: 'a' }, { key: '一', title: 'b' }] })), 400, 'VALIDATION.INVALID_INPUT', 'sections');
    expectProblem(await office('/solicitations', 'POST', { ...draft({}), sentBy: 'someone' }), 400, 'VALIDATION.INVALID_INPUT');
    expect(await stored()).toEqual([]);
  });

  it('lets only office and UFWD compose', async () => {
    expectProblem(await minmeng('/solicitations', 'POST', draft({})), 403, 'AUTH.FORBIDDEN');
    expect(await stored()).toEqual([]);
  });

  it('stores a write retried with the same Idempotency-Key once', async () => {
    const key = `written-${tag}`;
    const token = await passwordToken('office');
    const body = draft({ title: `坏输入 ${tag} 幂等` });
    const [first, second] = [
      await callGateway('/api/v1/solicitations', { token, method: 'POST', body, headers: { 'idempotency-key': key } }),
      await callGateway('/api/v1/solicitations', { token, method: 'POST', body, headers: { 'idempotency-key': key } }),
    ];
    expect(first.status).toBe(201);
    expect((second.body as SolicitationView).id).toBe((first.body as SolicitationView).id);
    expect((await stored()).filter((found) => found.title === `坏输入 ${tag} 幂等`)).toHaveLength(1);
  });

  it('refuses a reply to a closed solicitation, a comment on a section it lacks, and an empty reply; nothing is stored', async () => {
    const created = (await office('/solicitations', 'POST', draft({ title: `坏输入 ${tag} 已关闭` }))).body as SolicitationView;
    await office(`/solicitations/${created.id}/send`, 'POST');
    expectProblem(await minmeng('/replies', 'POST', { solicitationId: created.id, comments: [{ sectionKey: '九', text: '无此章' }] }), 422, 'VALIDATION.UNKNOWN_SECTION', 'comments.0.sectionKey');
    const empty = (await minmeng('/replies', 'POST', { solicitationId: created.id })).body as ReplyView;
    expectProblem(await minmeng(`/replies/${empty.id}/request-approval`, 'POST'), 422, 'VALIDATION.EMPTY_REPLY', 'comments');
    await office(`/solicitations/${created.id}/close`, 'POST');
    expectProblem(await minmeng('/replies', 'POST', { solicitationId: created.id, comments: [{ sectionKey: '一', text: '迟到' }] }), 409, 'WRITTEN.SOLICITATION_CLOSED');
    expectProblem(await minmeng(`/replies/${empty.id}`, 'PUT', { noComment: true, comments: [], version: empty.version }), 409, 'WRITTEN.SOLICITATION_CLOSED');
    const replies = (await minmeng(`/replies${query({ solicitationId: created.id })}`)).body as ReplyView[];
    expect(replies.map((reply) => ({ id: reply.id, comments: reply.comments, noComment: reply.noComment }))).toEqual([{ id: empty.id, comments: [], noComment: false }]);
  });

  it('accepts "no comment" as a reply', async () => {
    const created = (await office('/solicitations', 'POST', draft({ title: `坏输入 ${tag} 无意见` }))).body as SolicitationView;
    await office(`/solicitations/${created.id}/send`, 'POST');
    const reply = (await minmeng('/replies', 'POST', { solicitationId: created.id, noComment: true })).body as ReplyView;
    const submitted = await as(await passwordToken('minmeng-leader'))(`/replies/${reply.id}/submit`, 'POST', { reviewForm: 'committee_review', reviewedOn: '2026-12-03' });
    expect(submitted.body).toMatchObject({ status: 'submitted', noComment: true });
    const summary = (await as(await passwordToken('ufwd'))(`/solicitations/${created.id}/summary`)).body as { noCommentOrgUnits: { orgUnitName: string }[]; silentOrgUnits: unknown[] };
    expect(summary.noCommentOrgUnits.map((found) => found.orgUnitName)).toEqual(['民盟']);
    expect(summary.silentOrgUnits).toEqual([]);
  });

  it('edits a draft, refusing bad input with the field, a stale version and any edit once it is sent', async () => {
    const created = (await office('/solicitations', 'POST', draft({ title: `坏输入 ${tag} 修改` }))).body as SolicitationView;
    const path = `/solicitations/${created.id}`;
    const edit = (overrides: object) => ({ ...draft({ title: `坏输入 ${tag} 修改` }), version: created.version, ...overrides });
    expectProblem(await office(path, 'PUT', edit({ replyDeadline: '2020-01-31T17:00:00+08:00' })), 422, 'VALIDATION.REPLY_DEADLINE_PASSED', 'replyDeadline');
    expectProblem(await office(path, 'PUT', edit({ sections: [{ key: '', title: '总则' }] })), 400, 'VALIDATION.INVALID_INPUT', 'sections.0.key');
    expectProblem(await office(path, 'PUT', edit({ recipientOrgUnitIds: [unit('发改局')] })), 422, 'VALIDATION.NOT_A_PARTY_BRANCH', 'recipientOrgUnitIds.0');
    expectProblem(await office(path, 'PUT', edit({ version: undefined })), 400, 'VALIDATION.INVALID_INPUT', 'version');
    expectProblem(await office(path, 'PUT', edit({ status: 'sent' })), 400, 'VALIDATION.INVALID_INPUT');
    expectProblem(await minmeng(path, 'PUT', edit({})), 403, 'AUTH.FORBIDDEN');
    expect((await office(path)).body).toMatchObject({ title: `坏输入 ${tag} 修改`, documentVersion: '征求意见稿', version: created.version });

    const sections = [
      { key: '一', title: '总则' },
      { key: '二', title: '保障措施' },
    ];
    const edited = await office(path, 'PUT', edit({ documentVersion: '第二稿', sections, recipientOrgUnitIds: [unit('民盟'), unit('九三学社')] }));
    expect(edited.status).toBe(200);
    const saved = edited.body as SolicitationView;
    expect(saved).toMatchObject({ status: 'draft', documentVersion: '第二稿', sections, recipientOrgUnitIds: [unit('民盟'), unit('九三学社')] });
    expect(saved.version).toBeGreaterThan(created.version);
    expectProblem(await office(path, 'PUT', edit({ documentVersion: '第三稿' })), 409, 'COMMON.VERSION_CONFLICT');

    const sent = (await office(`${path}/send`, 'POST')).body as SolicitationView;
    expectProblem(await office(path, 'PUT', edit({ documentVersion: '第三稿', version: sent.version })), 409, 'WRITTEN.SOLICITATION_NOT_IN_STATE');
    expect((await office(path)).body).toMatchObject({ status: 'sent', documentVersion: '第二稿' });
  });
});
