import { describe, expect, it } from 'vitest';
import { changedFields, displayValue } from './change-view.rules.js';

describe('changedFields', () => {
  it('marks what an edit changed and keeps what it left alone', () => {
    const rows = changedFields({ name: '财政局', version: 1 }, { name: '区财政局', version: 2 });
    expect(rows).toEqual([
      { field: 'name', before: '财政局', after: '区财政局', changed: true },
      { field: 'version', before: 1, after: 2, changed: true },
    ]);
    expect(changedFields({ roles: ['office'] }, { roles: ['office'] })[0]?.changed).toBe(false);
  });

  it('shows every field of a creation as new, and of a removal as gone', () => {
    expect(changedFields(null, { name: 'x' })).toEqual([{ field: 'name', before: undefined, after: 'x', changed: true }]);
    expect(changedFields({ name: 'x' }, null)).toEqual([{ field: 'name', before: 'x', after: undefined, changed: true }]);
  });
});

describe('displayValue', () => {
  it('writes text as is, other values as JSON and nothing as a dash', () => {
    expect(displayValue('巴州区')).toBe('巴州区');
    expect(displayValue(['office', 'ufwd'])).toBe('["office","ufwd"]');
    expect(displayValue(undefined)).toBe('-');
  });
});
