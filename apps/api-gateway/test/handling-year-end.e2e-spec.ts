import ExcelJS from 'exceljs';
import type { CaseView, YearEndReportView } from '@xieshang/contracts';
import { passwordToken } from '@xieshang/platform-testing';
import { casesWith, opinion, publishOpinion } from './handling-fixtures.js';
import { as, download, expectProblem, orgUnits, suffix, type Unit, zipEntry } from './planning-fixtures.js';

/** A year no other test uses: its cases are this file's alone. */
const YEAR = 2800 + Math.floor(Math.random() * 50);

/** UFWD's year-end report (§4.1.4): figures from the year's cases, the DOCX report and the XLSX ledger read back. */
describe('the year-end handling report', () => {
  const tag = suffix();
  let ufwd: ReturnType<typeof as>;
  let ufwdToken: string;
  let units: Map<string, Unit>;
  const unit = (name: string): string => units.get(name)!.id;
  const raisedAt = `${YEAR}-03-15T02:00:00.000Z`;

  const act = async (who: string, id: string, action: string, body: object = {}): Promise<CaseView> => {
    const result = await as(await passwordToken(who))(`/cases/${id}/${action}`, 'POST', body);
    expect({ action, status: result.status }).toEqual({ action, status: 200 });
    return result.body as CaseView;
  };

  beforeAll(async () => {
    ufwdToken = await passwordToken('ufwd');
    ufwd = as(ufwdToken);
    units = await orgUnits(ufwdToken);
    const solved = `路灯 ${tag}`;
    const revised = `规划 ${tag}`;
    await publishOpinion('bazhou', opinion(unit('民盟'), `${solved}：建议增设路灯。`, { raisedAt }));
    await publishOpinion(
      'bazhou',
      opinion(unit('九三学社'), `${revised}：建议修改第二章。`, {
        raisedAt,
        suggestedTrack: 'document_revision',
        source: { kind: 'solicitation_reply', recordId: crypto.randomUUID(), title: '规划征求意见', section: null, draftingOrgUnitId: unit('发改局') },
      }),
    );
    const [light] = await casesWith(ufwd, solved);
    const [plan] = await casesWith(ufwd, revised);
    await act('ufwd', light!.id, 'accept', { track: 'actionable' });
    await act('office', light!.id, 'assign', { leadOrgUnitId: unit('发改局') });
    await act('fagai', light!.id, 'reply', { outcome: 'solved', reply: '已增设路灯20盏。' });
    await act('office', light!.id, 'approve');
    await act('ufwd', light!.id, 'release');
    await act('minmeng', light!.id, 'rate', { satisfaction: 'satisfied' });
    await act('ufwd', plan!.id, 'accept', { track: 'document_revision' });
    await act('fagai', plan!.id, 'adoption', { adoption: 'partly_adopted', reason: '部分内容已体现' });
  });

  it('counts the year’s opinions by source, party, adoption, outcome, timeliness and satisfaction', async () => {
    expectProblem(await as(await passwordToken('fagai'))(`/handling-reports/year-end/${YEAR}`), 403, 'AUTH.FORBIDDEN');
    const report = (await ufwd(`/handling-reports/year-end/${YEAR}`)).body as YearEndReportView;
    expect(report.opinions).toBe(2);
    expect(report.bySource).toEqual([
      { key: 'meeting', count: 1 },
      { key: 'interview', count: 0 },
      { key: 'solicitation_reply', count: 1 },
      { key: 'submission', count: 0 },
    ]);
    expect(report.byParty.map((entry) => [entry.name, entry.count]).sort()).toEqual([
      ['九三学社', 1],
      ['民盟', 1],
    ]);
    expect(report.adoption.find((entry) => entry.key === 'partly_adopted')?.count).toBe(1);
    expect(report.outcomes.find((entry) => entry.key === 'solved')?.count).toBe(1);
    expect(report.timeliness).toEqual([{ orgUnitId: unit('发改局'), orgUnitName: '发改局', due: 1, onTime: 1, late: 0, rate: 1 }]);
    expect(report.satisfaction.find((entry) => entry.key === 'satisfied')?.count).toBe(1);
    expect(report.openStepByStep).toEqual([]);
  });

  it('writes the ledger and the report with the same figures', async () => {
    const xlsx = await download(`/handling-reports/year-end/${YEAR}/ledger.xlsx`, ufwdToken);
    expect(xlsx.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('办理台账')!;
    expect(String(sheet.getCell(1, 1).value)).toBe(`${YEAR}年度政党协商意见建议办理台账`);
    const rows = sheet.getSheetValues().slice(3).map((row) => (row as unknown[]).slice(1).map(String));
    expect(rows).toHaveLength(2);
    expect(rows.find((row) => row[1]!.includes('路灯'))).toEqual(expect.arrayContaining(['会议协商', '民盟巴州区委', '交办', '发改局', '已解决', '是', '满意']));
    expect(rows.find((row) => row[1]!.includes('规划'))).toEqual(expect.arrayContaining(['书面征求意见', '文件修改', '部分采纳']));

    const docx = await download(`/handling-reports/year-end/${YEAR}/report.docx`, ufwdToken);
    expect(docx.status).toBe(200);
    const body = zipEntry(docx.bytes, 'word/document.xml')!;
    const text = body.replace(/<[^>]+>/g, '');
    expect(text).toContain(`关于${YEAR}年度政党协商意见建议办理情况的报告`);
    expect(text).toContain('共提出意见建议2条');
    expect(text).toContain('发改局110100%');
    expect(text).toContain('部分采纳1');
    expect(text).toContain('满意1');
  });
});
