import { describe, expect, it } from 'vitest';
import { isPartyUser, itemsEditableIn, mayReadItems } from './plan-visibility.rules.js';

describe('mayReadItems', () => {
  it('shows the items to the CPC side at every stage and to parties only once published', () => {
    expect(mayReadItems(['office'], 'draft')).toBe(true);
    expect(mayReadItems(['leader'], 'under_review')).toBe(true);
    expect(mayReadItems(['party-member'], 'soliciting')).toBe(false);
    expect(mayReadItems(['party-member'], 'published')).toBe(true);
    expect(mayReadItems(['department'], 'approved')).toBe(false);
  });
});

describe('itemsEditableIn', () => {
  it('keeps the items fixed while the committee reviews and once approved, until published', () => {
    expect(['draft', 'soliciting', 'under_review', 'approved', 'published'].filter((status) => itemsEditableIn(status as never))).toEqual([
      'draft',
      'soliciting',
      'published',
    ]);
  });
});

describe('isPartyUser', () => {
  it('is true for party members and leaders only', () => {
    expect(isPartyUser(['party-leader'])).toBe(true);
    expect(isPartyUser(['office', 'leader'])).toBe(false);
  });
});
