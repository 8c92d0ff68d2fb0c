import { supervisionEntries, type SupervisedCase } from './supervision.rules.js';

const base: SupervisedCase = { id: 'c', number: 1, title: 't', leadOrgUnitId: 'u1', dueAt: new Date('2027-04-10T02:00:00Z'), releasedAt: null, onTime: null, running: true, sentBackReasons: [] };
const names = new Map([
  ['u1', '发改局'],
  ['u2', '财政局'],
]);

describe('supervision entries', () => {
  it('counts released-late and unanswered-past-due cases with the days late, and returned cases with each reason, by department', () => {
    const now = new Date('2027-04-20T02:00:00Z');
    const entries = supervisionEntries(
      [
        { ...base, id: 'late-open', number: 1 },
        { ...base, id: 'late-released', number: 2, running: false, onTime: false, releasedAt: new Date('2027-04-13T01:00:00Z') },
        { ...base, id: 'not-yet-due', number: 3, dueAt: new Date('2027-05-01T00:00:00Z') },
        { ...base, id: 'sent-back', number: 4, leadOrgUnitId: 'u2', dueAt: new Date('2027-06-01T00:00:00Z'), sentBackReasons: ['未说明时间', '无数据'] },
      ],
      now,
      names,
    );
    expect(entries.map((entry) => entry.orgUnitName)).toEqual(['财政局', '发改局'].sort((a, b) => a.localeCompare(b, 'zh-CN')));
    const fagai = entries.find((entry) => entry.orgUnitId === 'u1')!;
    expect(fagai.lateCases.map((item) => [item.caseId, item.daysLate])).toEqual([
      ['late-open', 10],
      ['late-released', 3],
    ]);
    expect(fagai.sentBackCases).toEqual([]);
    const caizheng = entries.find((entry) => entry.orgUnitId === 'u2')!;
    expect(caizheng.lateCases).toEqual([]);
    expect(caizheng.sentBackCases).toEqual([{ caseId: 'sent-back', number: 4, title: 't', times: 2, reasons: ['未说明时间', '无数据'] }]);
  });
});
