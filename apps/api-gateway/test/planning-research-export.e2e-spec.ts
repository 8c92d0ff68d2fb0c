import ExcelJS from 'exceljs';
import type { PlanItemView, PlanView, ResearchTopicView } from '@xieshang/contracts';
import { callGateway, passwordToken } from '@xieshang/platform-testing';
import { as, download, expectProblem, orgUnits, randomYear, type Unit, zipEntry } from './planning-fixtures.js';

/** The year's research topics (§5.3), and the approved plan as a notice and a workbook. */
describe('research topics of the year', () => {
  const year = randomYear(2);
  let office: ReturnType<typeof as>;
  let minmengLeader: ReturnType<typeof as>;
  let jiusan: ReturnType<typeof as>;
  let units: Map<string, Unit>;

  beforeAll(async () => {
    const token = await passwordToken('office');
    [office, minmengLeader, jiusan] = [as(token), as(await passwordToken('minmeng-leader')), as(await passwordToken('jiusan'))];
    units = await orgUnits(token);
  });

  it('lets a branch leader choose a catalogue topic for the branch, and no member', async () => {
    const topic = (await office('/research-topics', 'POST', { year, kind: 'catalogue', title: '乡村振兴与特色产业发展', description: '年度重点调研参考选题' })).body as ResearchTopicView;
    expect(topic.status).toBe('open');
    expectProblem(await jiusan(`/research-topics/${topic.id}/choose`, 'POST'), 403, 'AUTH.FORBIDDEN');
    const chosen = await minmengLeader(`/research-topics/${topic.id}/choose`, 'POST');
    expect(chosen.body).toMatchObject({ status: 'chosen', choices: [{ orgUnitId: units.get('民盟')?.id, chosenByName: '何主委' }] });
  });

  it('shows research commissioned to one branch only to that branch', async () => {
    const created = await office('/research-topics', 'POST', {
      year,
      kind: 'commissioned',
      title: '优化民营经济发展环境',
      commissionedOrgUnitId: units.get('民盟')?.id,
    });
    expect(created.body).toMatchObject({ status: 'chosen', commissionedOrgUnitId: units.get('民盟')?.id });
    const id = (created.body as ResearchTopicView).id;
    expect((await minmengLeader(`/research-topics/${id}`)).status).toBe(200);
    expectProblem(await jiusan(`/research-topics/${id}`), 404, 'COMMON.NOT_FOUND');
    const listed = (await jiusan(`/research-topics?filter=${encodeURIComponent(JSON.stringify({ year }))}`)).body as ResearchTopicView[];
    expect(listed.map((topic) => topic.kind)).toEqual(['catalogue']);
  });

  it('refuses a study tour beyond the year’s maximum', async () => {
    const settings = await callGateway('/api/v1/settings', { token: await passwordToken('bazhou-admin') });
    const entries = Array.isArray(settings.body) ? (settings.body as { key: string; value: number }[]) : [];
    const max = entries.find((entry) => entry.key === 'research.studyToursMax')?.value ?? 2;
    const tour = (n: number) => ({ year, kind: 'study_tour', title: `市情考察 ${n}`, tourDate: `${year}-0${n + 3}-15`, destination: '成都市' });
    for (let n = 1; n <= max; n += 1) expect((await office('/research-topics', 'POST', tour(n))).status).toBe(201);
    expectProblem(await office('/research-topics', 'POST', tour(max + 1)), 409, 'PLANNING.TOO_MANY_STUDY_TOURS');
    expectProblem(await office('/research-topics', 'POST', { ...tour(1), tourDate: `${year + 1}-01-01` }), 400, 'VALIDATION.INVALID_INPUT', 'tourDate');
  });
});

describe('the approved plan exported', () => {
  const year = randomYear(3);
  let token: string;
  let plan: PlanView;
  const topics: string[] = [];

  beforeAll(async () => {
    token = await passwordToken('office');
    const office = as(token);
    const leader = as(await passwordToken('leader'));
    const units = await orgUnits(token);
    plan = (await office('/plans', 'POST', { year, title: `巴州区${year}年度政党协商计划` })).body as PlanView;
    for (const [n, meetingType] of (['thematic', 'research', 'briefing'] as const).entries()) {
      const created = await office(`/plans/${plan.id}/items`, 'POST', {
        topic: `第${n + 1}项协商议题：${meetingType}`,
        form: 'meeting',
        meetingType,
        plannedMonth: 3 + n,
        participantOrgUnitIds: [units.get('民盟')?.id, units.get('九三学社')?.id],
        leadOrgUnitId: units.get('区委统战部')?.id,
        contentCategory: 'policies_and_plans',
      });
      topics.push((created.body as PlanItemView).topic);
    }
    expectProblem(await office(`/plans/${plan.id}/export.docx`), 409, 'PLANNING.PLAN_NOT_IN_STATE');
    await office(`/plans/${plan.id}/submit-for-review`, 'POST', { skipSolicitationReason: '导出测试不征集' });
    await leader(`/plans/${plan.id}/approve`, 'POST', { decisionReference: `巴州委〔${year}〕3号`, belowMinimumReason: '导出测试' });
  });

  it('is a DOCX notice with the red head, the document number, the title and every topic', async () => {
    const file = await download(`/plans/${plan.id}/export.docx`, token);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(file.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent(`巴州区${year}年度政党协商计划.docx`)}`);
    const xml = zipEntry(file.bytes, 'word/document.xml') ?? '';
    expect(xml).toContain('中共巴州区委办公室');
    expect(xml).toContain('w:color w:val="D40000"');
    expect(xml).toContain(`巴州委〔${year}〕3号`);
    expect(xml).toContain(`关于印发《巴州区${year}年度政党协商计划》的通知`);
    for (const heading of ['序号', '协商议题', '协商形式', '类型', '计划时间', '牵头单位', '参加单位']) expect(xml).toContain(heading);
    for (const topic of topics) expect(xml).toContain(topic);
    expect(xml).toContain('民盟、九三学社');
  });

  it('is an XLSX workbook with the same table', async () => {
    const file = await download(`/plans/${plan.id}/export.xlsx`, token);
    expect(file.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    const rows = (sheet?.getSheetValues() ?? []).filter(Boolean).map((row) => (row as unknown[]).slice(1).map(String));
    expect(rows[0]?.[0]).toBe(`关于印发《巴州区${year}年度政党协商计划》的通知`);
    expect(rows[1]).toEqual(['序号', '协商议题', '协商形式', '类型', '计划时间', '牵头单位', '参加单位']);
    expect(rows.slice(2).map((row) => row[1])).toEqual(topics);
    expect(rows[2]?.slice(2)).toEqual(['会议协商', '专题协商座谈会', '3月', '区委统战部', '民盟、九三学社']);
  });
});
