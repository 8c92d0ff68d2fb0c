import type { PlanItemView } from '@xieshang/contracts';
import { exportFileName, noticeTitle, plannedTimeLabel, planTableRows } from './plan-document.rules.js';

const item = (overrides: Partial<PlanItemView>): PlanItemView => ({
  id: 'i',
  planId: 'p',
  topic: '议题',
  form: 'meeting',
  meetingType: 'thematic',
  plannedMonth: 3,
  plannedDate: null,
  participantOrgUnitIds: [],
  leadOrgUnitId: null,
  contentCategory: 'other',
  origin: 'cpc',
  suggestionId: null,
  status: 'active',
  cancelReason: null,
  createdAt: '',
  updatedAt: '',
  version: 1,
  ...overrides,
});

describe('the plan as an official notice', () => {
  it('writes a planned month or day the Chinese way', () => {
    expect(plannedTimeLabel({ plannedMonth: 7, plannedDate: null })).toBe('7月');
    expect(plannedTimeLabel({ plannedMonth: null, plannedDate: '2027-03-05' })).toBe('2027年3月5日');
  });

  it('numbers the items in force by planned time and names their units', () => {
    const names = new Map([
      ['lead', '区委统战部'],
      ['a', '民盟'],
      ['b', '九三学社'],
    ]);
    const rows = planTableRows(
      [
        item({ id: '1', topic: '九月议题', plannedMonth: 9, form: 'written', meetingType: null }),
        item({ id: '2', topic: '取消的议题', status: 'cancelled' }),
        item({ id: '3', topic: '二月议题', plannedMonth: null, plannedDate: '2027-02-20', leadOrgUnitId: 'lead', participantOrgUnitIds: ['a', 'b'] }),
      ],
      names,
    );
    expect(rows).toEqual([
      ['1', '二月议题', '会议协商', '专题协商座谈会', '2027年2月20日', '区委统战部', '民盟、九三学社'],
      ['2', '九月议题', '书面协商', '', '9月', '', ''],
    ]);
  });

  it('titles the notice after the plan and keeps the file name safe', () => {
    expect(noticeTitle('巴州区2027年度政党协商计划')).toBe('关于印发《巴州区2027年度政党协商计划》的通知');
    expect(exportFileName('计划/草案', 'docx')).toBe('计划_草案.docx');
  });
});
