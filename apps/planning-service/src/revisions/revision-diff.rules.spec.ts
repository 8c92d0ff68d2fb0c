import type { RevisionItem } from '@xieshang/contracts';
import { diffRevisions, hasChanges, withTitleChange } from './revision-diff.rules.js';

const item = (id: string, overrides: Partial<RevisionItem> = {}): RevisionItem => ({
  id,
  topic: `议题${id}`,
  form: 'meeting',
  meetingType: 'thematic',
  plannedMonth: 3,
  plannedDate: null,
  participantOrgUnitIds: ['u1'],
  leadOrgUnitId: 'u0',
  contentCategory: 'policies_and_plans',
  origin: 'cpc',
  suggestionId: null,
  status: 'active',
  ...overrides,
});

describe('the difference between two revisions', () => {
  const first = [item('a'), item('b'), item('c')];

  it('finds nothing between identical revisions', () => {
    expect(hasChanges(diffRevisions(first, first.map((i) => ({ ...i }))))).toBe(false);
  });

  it('names an added item', () => {
    expect(diffRevisions(first, [...first, item('d', { topic: '新增议题' })])).toEqual({
      added: [{ itemId: 'd', topic: '新增议题' }],
      changed: [],
      cancelled: [],
    });
  });

  it('names each changed field with its value before and after', () => {
    const changes = diffRevisions(first, [item('a', { plannedMonth: 5, participantOrgUnitIds: ['u1', 'u2'] }), item('b'), item('c')]);
    expect(changes.changed).toEqual([
      {
        itemId: 'a',
        topic: '议题a',
        fields: [
          { field: 'plannedMonth', before: 3, after: 5 },
          { field: 'participantOrgUnitIds', before: ['u1'], after: ['u1', 'u2'] },
        ],
      },
    ]);
    expect(changes.added).toEqual([]);
  });

  it('names a cancelled item as cancelled rather than changed', () => {
    const changes = diffRevisions(first, [item('a'), item('b', { status: 'cancelled' }), item('c')]);
    expect(changes).toEqual({ added: [], changed: [], cancelled: [{ itemId: 'b', topic: '议题b' }] });
  });

  it('does not report an item cancelled before the earlier revision again', () => {
    const earlier = [item('a', { status: 'cancelled' })];
    expect(hasChanges(diffRevisions(earlier, [item('a', { status: 'cancelled' })]))).toBe(false);
  });

  it('records a rename with the title before and after, and nothing when the title stayed', () => {
    const none = diffRevisions(first, first);
    expect(withTitleChange(none, '2150年度计划', '2150年度政党协商计划')).toEqual({ ...none, title: { before: '2150年度计划', after: '2150年度政党协商计划' } });
    expect(hasChanges(withTitleChange(none, '旧名', '新名'))).toBe(true);
    expect(withTitleChange(none, '同名', '同名')).toBe(none);
    expect(withTitleChange(none, null, '新名')).toBe(none);
  });
});
