import { tenantSwitchOf } from './tenant-switch.rules.js';

const city = { tenantId: 'bazhong', roles: ['city-observer'] as const };
const office = { tenantId: 'bazhou', roles: ['office'] as const };

describe('the X-Tenant header', () => {
  it('changes nothing when absent or naming the caller’s own tenant, even for a write', () => {
    expect(tenantSwitchOf('GET', undefined, office)).toEqual({ kind: 'stay' });
    expect(tenantSwitchOf('POST', 'bazhou', office)).toEqual({ kind: 'stay' });
  });

  it('lets a city observer ask to read a district, for the directory to confirm', () => {
    expect(tenantSwitchOf('GET', 'enyang', city)).toEqual({ kind: 'enter', district: 'enyang' });
    expect(tenantSwitchOf('head', 'bazhou', city)).toEqual({ kind: 'enter', district: 'bazhou' });
  });

  it('refuses any write into another tenant, also by a city observer', () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) expect(tenantSwitchOf(method, 'bazhou', city).kind).toBe('refuse');
  });

  it('refuses district users and malformed codes', () => {
    expect(tenantSwitchOf('GET', 'enyang', office).kind).toBe('refuse');
    expect(tenantSwitchOf('GET', "x'; drop", city).kind).toBe('refuse');
    expect(tenantSwitchOf('GET', ['bazhou', 'enyang'], city).kind).toBe('refuse');
    expect(tenantSwitchOf('GET', 'bazhou', { tenantId: null, roles: ['city-observer'] }).kind).toBe('refuse');
  });
});
