import type { CaseView } from '@xieshang/contracts';
import { passwordToken } from '@xieshang/platform-testing';
import { casesWith, listCases, opinion, publishOpinion } from './handling-fixtures.js';
import { as, expectProblem, orgUnits, suffix, type Unit } from './planning-fixtures.js';

/** UFWD's triage: merged duplicates and split opinions keep every party linked; a closed case tells the party why; the drafting department decides on document revisions. */
describe('triage of consultation opinions', () => {
  const tag = suffix();
  let ufwd: ReturnType<typeof as>;
  let office: ReturnType<typeof as>;
  let fagai: ReturnType<typeof as>;
  let caizheng: ReturnType<typeof as>;
  let minmeng: ReturnType<typeof as>;
  let jiusan: ReturnType<typeof as>;
  let units: Map<string, Unit>;
  const unit = (name: string): string => units.get(name)!.id;

  beforeAll(async () => {
    [ufwd, office, fagai, caizheng, minmeng, jiusan] = await Promise.all(
      ['ufwd', 'office', 'fagai', 'caizheng', 'minmeng', 'jiusan'].map(async (user) => as(await passwordToken(user))),
    );
    units = await orgUnits(await passwordToken('office'));
  });

  const act = async (caller: ReturnType<typeof as>, id: string, action: string, body: object = {}): Promise<CaseView> => {
    const result = await caller(`/cases/${id}/${action}`, 'POST', body);
    expect({ action, status: result.status, body: result.status === 200 ? 'ok' : result.body }).toEqual({ action, status: 200, body: 'ok' });
    return result.body as CaseView;
  };

  it('merges duplicates into one case that every party reads, and splits one into parts that keep every party', async () => {
    const marker = `养老服务 ${tag}`;
    await publishOpinion('bazhou', opinion(unit('民盟'), `${marker}：建议增设社区养老服务站。`));
    await publishOpinion('bazhou', opinion(unit('九三学社'), `${marker}：建议社区养老服务站覆盖所有街道。`), { subject: 'evt.written.opinion.recorded.v1' });
    const [first, second] = (await casesWith(ufwd, marker, 2)).sort((a, b) => a.number - b.number);

    expectProblem(await office(`/cases/${first!.id}/merge`, 'POST', { caseIds: [second!.id] }), 403, 'AUTH.FORBIDDEN');
    const merged = await act(ufwd, first!.id, 'merge', { caseIds: [second!.id] });
    expect(merged.parties.map((party) => party.partyOrgUnitId).sort()).toEqual([unit('民盟'), unit('九三学社')].sort());
    expect(((await ufwd(`/cases/${second!.id}`)).body as CaseView)).toMatchObject({ status: 'merged', mergedIntoId: first!.id });
    // Both parties read the merged case; a merged case is not merged again.
    expect((await jiusan(`/cases/${first!.id}`)).status).toBe(200);
    expect((await minmeng(`/cases/${first!.id}`)).status).toBe(200);
    expectProblem(await ufwd(`/cases/${first!.id}/merge`, 'POST', { caseIds: [second!.id] }), 409, 'HANDLING.CASES_NOT_MERGEABLE');

    expectProblem(await ufwd(`/cases/${first!.id}/split`, 'POST', { parts: [{ title: '只有一项', text: '一项' }] }), 400, 'VALIDATION.INVALID_INPUT', 'parts');
    const split = await act(ufwd, first!.id, 'split', {
      parts: [
        { title: `增设养老服务站 ${tag}`, text: `${marker}：增设社区养老服务站。` },
        { title: `服务站覆盖街道 ${tag}`, text: `${marker}：服务站覆盖所有街道。` },
      ],
    });
    expect(split.status).toBe('split');
    const parts = (await listCases(ufwd, { q: marker, status: 'registered' })).filter((part) => part.source.title === '专题协商会');
    expect(parts).toHaveLength(2);
    for (const part of parts) {
      expect(part.parties.map((party) => party.partyOrgUnitId).sort()).toEqual([unit('民盟'), unit('九三学社')].sort());
    }
    expect((await listCases(jiusan, { q: marker, status: 'registered' })).map((part) => part.id).sort()).toEqual(parts.map((part) => part.id).sort());
  });

  it('closes a case with a reason the party reads', async () => {
    const marker = `已办结事项 ${tag}`;
    await publishOpinion('bazhou', opinion(unit('民盟'), `${marker}：建议修缮城区人行道。`));
    const [created] = await casesWith(ufwd, marker);
    expectProblem(await ufwd(`/cases/${created!.id}/close`, 'POST', {}), 400, 'VALIDATION.INVALID_INPUT', 'reason');
    await act(ufwd, created!.id, 'close', { reason: '该事项已列入2026年城建计划并完工' });
    expect((await minmeng(`/cases/${created!.id}`)).body).toMatchObject({ status: 'closed', closeReason: '该事项已列入2026年城建计划并完工' });
    expectProblem(await ufwd(`/cases/${created!.id}/accept`, 'POST', { track: 'actionable' }), 409, 'HANDLING.CASE_NOT_IN_STATE');
  });

  it('has the drafting department decide on a document-revision opinion, and the party reads the decision', async () => {
    const marker = `规划修改 ${tag}`;
    await publishOpinion(
      'bazhou',
      opinion(unit('民盟'), `${marker}：建议在第三章增加生态保护内容。`, {
        suggestedTrack: 'document_revision',
        source: { kind: 'solicitation_reply', recordId: crypto.randomUUID(), title: '十五五规划征求意见', section: '第三章', draftingOrgUnitId: unit('发改局') },
      }),
    );
    const [created] = await casesWith(ufwd, marker);
    expect(created).toMatchObject({ suggestedTrack: 'document_revision', draftingOrgUnitId: unit('发改局'), source: { section: '第三章' } });
    await act(ufwd, created!.id, 'accept', { track: 'document_revision' });
    expectProblem(await caizheng(`/cases/${created!.id}/adoption`, 'POST', { adoption: 'adopted', reason: '采纳' }), 404, 'COMMON.NOT_FOUND');
    expect((await listCases(fagai, { queue: true, q: marker })).map((item) => item.id)).toEqual([created!.id]);
    const decided = await act(fagai, created!.id, 'adoption', { adoption: 'partly_adopted', reason: '生态保护内容已在第五章体现，第三章增加衔接表述' });
    expect(decided).toMatchObject({ status: 'released', adoption: 'partly_adopted', onTime: true });
    expect((await minmeng(`/cases/${created!.id}`)).body).toMatchObject({ adoption: 'partly_adopted', adoptionReason: '生态保护内容已在第五章体现，第三章增加衔接表述' });
  });

  it('lets office and UFWD register an opinion by hand, and no one else', async () => {
    const body = { title: `来信 ${tag}`, text: `来信 ${tag}：建议延长图书馆开放时间。`, sourceKind: 'submission', partyOrgUnitId: unit('民盟'), raisedByName: '民盟巴州区委', suggestedTrack: 'actionable' };
    expectProblem(await minmeng('/cases', 'POST', body), 403, 'AUTH.FORBIDDEN');
    const result = await office('/cases', 'POST', body);
    expect(result.status).toBe(201);
    expect(result.body).toMatchObject({ status: 'registered', number: expect.any(Number), history: [{ step: 'registered' }] });
    expect((await minmeng(`/cases/${(result.body as CaseView).id}`)).status).toBe(200);
  });
});
