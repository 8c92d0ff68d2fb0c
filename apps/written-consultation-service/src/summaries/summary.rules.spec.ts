import { buildSummary, summaryRows } from './summary.rules.js';

describe('the summary of replies', () => {
  const names = new Map([
    ['a', '民盟'],
    ['b', '九三学社'],
    ['c', '民革'],
    ['d', '民建'],
  ]);
  const summary = buildSummary({
    solicitation: { id: 's', title: '规划', documentVersion: '征求意见稿', sections: [{ key: '一', title: '总则' }, { key: '二', title: '措施' }], recipientOrgUnitIds: ['a', 'b', 'c', 'd'] },
    replies: [
      { id: 'r1', orgUnitId: 'a', supplementTo: null, noComment: false, late: false, comments: [{ sectionKey: '一', text: '加强' }, { sectionKey: null, text: '总体赞成' }] },
      { id: 'r2', orgUnitId: 'b', supplementTo: null, noComment: false, late: true, comments: [{ sectionKey: '二', text: '细化' }] },
      { id: 'r3', orgUnitId: 'a', supplementTo: 'r1', noComment: false, late: true, comments: [{ sectionKey: '二', text: '补充' }] },
      { id: 'r4', orgUnitId: 'd', supplementTo: null, noComment: true, late: false, comments: [] },
    ],
    names,
    notes: { overallNote: '总体', sectionNotes: { 一: '注一' } },
    sent: { at: null, byName: null },
    version: null,
  });

  it('groups every opinion under its section with its branch, the whole document first', () => {
    expect(summary.sections.map((section) => [section.title, section.opinions.map((opinion) => `${opinion.orgUnitName}:${opinion.text}`)])).toEqual([
      ['总体意见', ['民盟:总体赞成']],
      ['总则', ['民盟:加强']],
      ['措施', ['九三学社:细化', '民盟:补充']],
    ]);
    expect(summary.sections[1]?.note).toBe('注一');
  });

  it('names the silent branches and those with no comment; a supplement does not count as an answer', () => {
    expect(summary.silentOrgUnits.map((unit) => unit.orgUnitName)).toEqual(['民革']);
    expect(summary.noCommentOrgUnits.map((unit) => unit.orgUnitName)).toEqual(['民建']);
  });

  it('numbers the table rows and marks late and supplementary opinions', () => {
    expect(summaryRows(summary)).toEqual([
      ['1', '总体意见', '民盟', '总体赞成', ''],
      ['2', '总则', '民盟', '加强', ''],
      ['3', '措施', '九三学社', '细化', '逾期报送'],
      ['4', '措施', '民盟', '补充', '逾期报送；补充意见'],
    ]);
  });
});
