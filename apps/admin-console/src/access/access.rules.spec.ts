import { describe, expect, it } from 'vitest';
import { CONSOLE_RESOURCES, isCityUser, mayAccess, type AccessSituation } from './access.rules.js';

const as = (roles: string[], districtSelected = false): AccessSituation => ({ roles, districtSelected });

const readable = (situation: AccessSituation) =>
  CONSOLE_RESOURCES.filter((resource) => mayAccess(situation, resource, 'list'));

describe('mayAccess', () => {
  it('shows a party member only the org units, and only to read', () => {
    const member = as(['party-member']);
    expect(readable(member)).toEqual(['org-units']);
    expect(mayAccess(member, 'org-units', 'create')).toBe(false);
    expect(mayAccess(member, 'org-units', 'retire')).toBe(false);
  });

  it('lets a tenant admin read and write everything of the district but tenants and the audit trail', () => {
    const admin = as(['tenant-admin']);
    expect(readable(admin)).toEqual(['org-units', 'users', 'settings', 'audit-events']);
    for (const resource of ['org-units', 'users', 'settings'])
      expect(mayAccess(admin, resource, 'edit')).toBe(true);
    expect(mayAccess(admin, 'users', 'disable')).toBe(true);
    expect(mayAccess(admin, 'audit-events', 'edit')).toBe(false);
    expect(mayAccess(admin, 'tenants', 'create')).toBe(false);
  });

  it('lets leaders and supervisors read people without changing them', () => {
    for (const role of ['leader', 'supervisor']) {
      expect(mayAccess(as([role]), 'users', 'list')).toBe(true);
      expect(mayAccess(as([role]), 'users', 'create')).toBe(false);
    }
    expect(mayAccess(as(['office']), 'users', 'list')).toBe(false);
    expect(mayAccess(as(['office']), 'settings', 'show')).toBe(true);
    expect(mayAccess(as(['supervisor']), 'settings', 'list')).toBe(false);
  });

  it('gives a city observer the tenants, and a district records only once one is picked', () => {
    expect(readable(as(['city-observer']))).toEqual(['tenants']);
    expect(readable(as(['city-observer'], true))).toEqual(['tenants', 'org-units', 'audit-events']);
    expect(mayAccess(as(['city-observer'], true), 'org-units', 'create')).toBe(false);
  });

  it('offers no write at all while a district is picked, even to a platform admin', () => {
    expect(mayAccess(as(['platform-admin']), 'tenants', 'create')).toBe(true);
    expect(mayAccess(as(['platform-admin'], true), 'tenants', 'create')).toBe(false);
    expect(mayAccess(as(['platform-admin'], true), 'org-units', 'list')).toBe(true);
  });

  it('refuses a resource the console does not know', () => {
    expect(mayAccess(as(['tenant-admin', 'platform-admin']), 'plans', 'list')).toBe(false);
  });
});

describe('isCityUser', () => {
  it('is true for city observers and platform admins only', () => {
    expect(isCityUser(['city-observer'])).toBe(true);
    expect(isCityUser(['platform-admin'])).toBe(true);
    expect(isCityUser(['tenant-admin', 'leader'])).toBe(false);
  });
});
