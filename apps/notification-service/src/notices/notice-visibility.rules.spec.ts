import { maySeeNotice, noticeScope } from './notice-visibility.rules.js';

const own = '0b5c3d0e-1111-4a4a-8a8a-000000000001';
const other = '0b5c3d0e-1111-4a4a-8a8a-000000000002';

describe('noticeScope', () => {
  it('shows office, UFWD, leader, supervisor and tenant admin every notice of the district', () => {
    for (const role of ['office', 'ufwd', 'leader', 'supervisor', 'tenant-admin'] as const) {
      expect(noticeScope([role], own)).toBe('all');
      expect(noticeScope([role], null)).toBe('all');
    }
  });

  it('keeps party members, branch leaders and departments to their own org unit', () => {
    for (const role of ['party-member', 'party-leader', 'department', 'gov-office'] as const) {
      expect(noticeScope([role], own)).toEqual({ orgUnitId: own });
    }
  });

  it('shows nothing to a person of such a role who belongs to no org unit', () => {
    expect(noticeScope(['party-member'], null)).toBe('none');
    expect(noticeScope([], own)).toEqual({ orgUnitId: own });
  });

  it('lets a role that sees all win over one kept to its own unit', () => {
    expect(noticeScope(['party-member', 'supervisor'], own)).toBe('all');
  });
});

describe('maySeeNotice', () => {
  it('admits a notice to the caller’s own unit and refuses one to another unit', () => {
    expect(maySeeNotice({ orgUnitId: own }, own)).toBe(true);
    expect(maySeeNotice({ orgUnitId: own }, other)).toBe(false);
    expect(maySeeNotice('all', other)).toBe(true);
    expect(maySeeNotice('none', own)).toBe(false);
  });
});
