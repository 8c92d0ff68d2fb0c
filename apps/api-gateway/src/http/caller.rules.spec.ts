import type { AuthenticatedUser } from '@xieshang/platform-auth';
import { callerOf } from './caller.rules.js';

const user: AuthenticatedUser = {
  subject: 'p-1',
  username: 'li.ming',
  displayName: '李明',
  tenantId: 'bazhou',
  roles: ['ufwd'],
  orgUnitId: 'ou-1',
  expiresAt: new Date(0),
};

describe('the caller of a request', () => {
  it('is the person of the token, in the token tenant', () => {
    expect(callerOf(user, undefined, 'c-1')).toEqual({
      tenantId: 'bazhou',
      personId: 'p-1',
      username: 'li.ming',
      displayName: '李明',
      orgUnitId: 'ou-1',
      roles: ['ufwd'],
      tenantSwitched: false,
      correlationId: 'c-1',
    });
  });

  it('acts in the district a city user switched to, and says so', () => {
    const city = { ...user, tenantId: 'tianjin', roles: ['city-observer' as const] };
    expect(callerOf(city, 'bazhou', 'c-2')).toMatchObject({ tenantId: 'bazhou', tenantSwitched: true });
  });

  it('shows a person without a name by their username, and cuts long names', () => {
    expect(callerOf({ ...user, displayName: '' }, undefined, 'c-3').displayName).toBe('li.ming');
    expect(callerOf({ ...user, displayName: '名'.repeat(150) }, undefined, 'c-3').displayName).toHaveLength(100);
  });

  it('has nobody behind it without a token', () => {
    expect(callerOf(undefined, undefined, 'c-4')).toMatchObject({ tenantId: null, personId: null, roles: [], tenantSwitched: false });
  });
});
