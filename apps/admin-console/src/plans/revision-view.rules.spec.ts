import { describe, expect, it } from 'vitest';
import { revisedValue, revisionLines, type ValueNames } from './revision-view.rules.js';

const names: ValueNames = {
  orgUnit: (id) => ({ u1: '民盟', u2: '九三学社' })[id] ?? id,
  month: (month) => `${month}月`,
  choice: (field, value) => `${field}:${value}`,
};

describe('revisionLines', () => {
  it('lists added, then changed, then cancelled items', () => {
    const lines = revisionLines({
      changes: {
        added: [{ itemId: 'a', topic: '新增议题' }],
        changed: [{ itemId: 'c', topic: '调整议题', fields: [{ field: 'plannedMonth', before: 3, after: 10 }] }],
        cancelled: [{ itemId: 'x', topic: '取消议题' }],
      },
    });
    expect(lines.map((line) => [line.kind, line.topic])).toEqual([
      ['added', '新增议题'],
      ['changed', '调整议题'],
      ['cancelled', '取消议题'],
    ]);
  });
});

describe('revisedValue', () => {
  it('names org units, months and choices instead of showing ids and codes', () => {
    expect(revisedValue('participantOrgUnitIds', ['u1', 'u2'], names)).toBe('民盟、九三学社');
    expect(revisedValue('leadOrgUnitId', 'u2', names)).toBe('九三学社');
    expect(revisedValue('plannedMonth', 10, names)).toBe('10月');
    expect(revisedValue('meetingType', 'research', names)).toBe('meetingType:research');
  });

  it('writes text as is and a missing value as a dash', () => {
    expect(revisedValue('topic', '营商环境', names)).toBe('营商环境');
    expect(revisedValue('plannedDate', null, names)).toBe('-');
    expect(revisedValue('participantOrgUnitIds', [], names)).toBe('-');
  });
});
