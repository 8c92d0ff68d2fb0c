import type { PlanItemView } from '@xieshang/contracts';
import { describe, expect, it } from 'vitest';
import { groupPlanItems, itemsByMonth, plannedMonthOf } from './plan-items.rules.js';

const item = (topic: string, fields: Partial<PlanItemView>): PlanItemView =>
  ({ id: topic, topic, form: 'meeting', meetingType: 'thematic', plannedMonth: null, plannedDate: null, ...fields }) as PlanItemView;

describe('plannedMonthOf', () => {
  it('takes the month, else the month of the day, else nothing', () => {
    expect(plannedMonthOf(item('a', { plannedMonth: 4 }))).toBe(4);
    expect(plannedMonthOf(item('b', { plannedDate: '2027-11-05' }))).toBe(11);
    expect(plannedMonthOf(item('c', {}))).toBeNull();
  });
});

describe('groupPlanItems', () => {
  it('groups meetings by type in the domain order, then interviews and written ones, each in planned order', () => {
    const items = [
      item('书面', { form: 'written', meetingType: null, plannedMonth: 2 }),
      item('通报', { meetingType: 'briefing', plannedMonth: 9 }),
      item('专题晚', { plannedMonth: 10 }),
      item('专题早', { plannedDate: '2027-03-15' }),
      item('约谈', { form: 'interview', meetingType: null, plannedMonth: 5 }),
    ];
    const groups = groupPlanItems(items);
    expect(groups.map((group) => [group.form, group.meetingType, group.items.map((entry) => entry.topic)])).toEqual([
      ['meeting', 'thematic', ['专题早', '专题晚']],
      ['meeting', 'briefing', ['通报']],
      ['interview', null, ['约谈']],
      ['written', null, ['书面']],
    ]);
  });
});

describe('itemsByMonth', () => {
  it('puts each item in its month and keeps those without a time apart', () => {
    const { months, unscheduled } = itemsByMonth([
      item('三月', { plannedMonth: 3 }),
      item('三月某日', { plannedDate: '2027-03-20' }),
      item('十二月', { plannedMonth: 12 }),
      item('未定', {}),
    ]);
    expect(months).toHaveLength(12);
    expect(months[2]?.map((entry) => entry.topic)).toEqual(['三月', '三月某日']);
    expect(months[11]?.map((entry) => entry.topic)).toEqual(['十二月']);
    expect(unscheduled.map((entry) => entry.topic)).toEqual(['未定']);
  });
});
