import { describe, expect, it } from 'vitest';
import { changedValues, settingRows, templateParts, type SettingRow } from './settings.rules.js';

describe('settingRows', () => {
  it('reads the documented array and puts the rule settings first, in their usual order', () => {
    const rows = settingRows([
      { key: 'template.meetingNotice.zh-CN', value: '请于 {date} 参会', source: 'default' },
      { key: 'meeting.noticeLeadDays', value: 10, source: 'city' },
      { key: 'plan.minThematic', value: 4, source: 'tenant' },
    ]);
    expect(rows.map((row) => row.key)).toEqual(['plan.minThematic', 'meeting.noticeLeadDays', 'template.meetingNotice.zh-CN']);
    expect(rows[0]).toEqual({ id: 'plan.minThematic', key: 'plan.minThematic', value: 4, source: 'tenant' });
  });

  it('reads an object keyed by setting as well, defaulting an unknown source', () => {
    const rows = settingRows({ 'plan.minResearch': { value: 1, source: 'inherited' }, 'handling.reportMonths': 3 });
    expect(rows).toEqual([
      { id: 'plan.minResearch', key: 'plan.minResearch', value: 1, source: 'default' },
      { id: 'handling.reportMonths', key: 'handling.reportMonths', value: 3, source: 'default' },
    ]);
  });

  it('reads the list inside an effective-settings answer', () => {
    const rows = settingRows({ tenant: 'bazhou', parent: 'bazhong', settings: [{ key: 'plan.minBriefing', value: 3, source: 'city' }] });
    expect(rows).toEqual([{ id: 'plan.minBriefing', key: 'plan.minBriefing', value: 3, source: 'city' }]);
  });

  it('drops entries without a usable value', () => {
    expect(settingRows([{ key: 'plan.minThematic' }, { value: 3 }])).toEqual([]);
    expect(settingRows(null)).toEqual([]);
  });
});

describe('templateParts', () => {
  it('splits a template key into its name and language', () => {
    expect(templateParts('template.meeting.notice.en')).toEqual({ name: 'meeting.notice', language: 'en' });
    expect(templateParts('plan.minThematic')).toBeNull();
  });
});

describe('changedValues', () => {
  const rows: SettingRow[] = [
    { id: 'plan.minThematic', key: 'plan.minThematic', value: 3, source: 'default' },
    { id: 'template.x.en', key: 'template.x.en', value: 'Hello', source: 'city' },
  ];

  it('sends only changed values, numbers as numbers', () => {
    expect(changedValues(rows, { 'plan.minThematic': '5', 'template.x.en': 'Hello' })).toEqual({
      values: { 'plan.minThematic': 5 },
      invalid: [],
    });
    expect(changedValues(rows, { 'template.x.en': 'Dear {name}' }).values).toEqual({ 'template.x.en': 'Dear {name}' });
  });

  it('names a number setting left with something that is not a whole number', () => {
    expect(changedValues(rows, { 'plan.minThematic': 'drei' })).toEqual({ values: {}, invalid: ['plan.minThematic'] });
    expect(changedValues(rows, { 'plan.minThematic': '-1' }).invalid).toEqual(['plan.minThematic']);
  });
});
