import { describe, expect, it } from 'vitest';
import { CONSOLE_RESOURCES, isCityUser, mayAccess, type AccessSituation } from './access.rules.js';

const as = (roles: string[], districtSelected = false): AccessSituation => ({ roles, districtSelected });

const readable = (situation: AccessSituation) =>
  CONSOLE_RESOURCES.filter((resource) => mayAccess(situation, resource, 'list'));

describe('mayAccess', () => {
  it('lets office and UFWD organise meetings, an invited party read and prepare, and its leader approve', () => {
    for (const role of ['office', 'ufwd']) {
      expect(mayAccess(as([role]), 'meetings', 'create')).toBe(true);
      expect(mayAccess(as([role]), 'meetings', 'notice')).toBe(true);
      expect(mayAccess(as([role]), 'meetings', 'confirm-reading')).toBe(false);
    }
    expect(mayAccess(as(['party-member']), 'meetings', 'confirm-reading')).toBe(true);
    expect(mayAccess(as(['party-member']), 'meetings', 'prepared-opinions')).toBe(true);
    expect(mayAccess(as(['party-member']), 'meetings', 'approve-prepared-opinion')).toBe(false);
    expect(mayAccess(as(['party-leader']), 'meetings', 'approve-prepared-opinion')).toBe(true);
    expect(mayAccess(as(['party-member']), 'meetings', 'notice')).toBe(false);
    expect(mayAccess(as(['department']), 'meetings', 'record-minutes')).toBe(true);
    expect(mayAccess(as(['city-observer'], true), 'meetings', 'list')).toBe(true);
    expect(mayAccess(as(['city-observer'], true), 'meetings', 'notice')).toBe(false);
  });

  it('shows a party member the plan, suggestions, research topics and org units, and writes only suggestions', () => {
    const member = as(['party-member']);
    expect(readable(member)).toEqual(['notices', 'plans', 'plan-items', 'plan-suggestions', 'research-topics', 'interviews', 'org-units', 'solicitations', 'replies', 'submissions', 'materials', 'meetings', 'cases']);
    expect(mayAccess(member, 'plan-suggestions', 'create')).toBe(true);
    expect(mayAccess(member, 'plan-suggestions', 'submit')).toBe(true);
    expect(mayAccess(member, 'plan-suggestions', 'approve')).toBe(false);
    expect(mayAccess(member, 'plans', 'create')).toBe(false);
    expect(mayAccess(member, 'org-units', 'create')).toBe(false);
    expect(mayAccess(member, 'org-units', 'retire')).toBe(false);
  });

  it('lets a tenant admin read and write everything of the district but tenants and the audit trail', () => {
    const admin = as(['tenant-admin']);
    expect(readable(admin)).toEqual([
      'notices',
      'plans',
      'plan-items',
      'plan-suggestions',
      'research-topics',
      'org-units',
      'users',
      'settings',
      'audit-events',
      'notice-deliveries',
    ]);
    expect(mayAccess(admin, 'plans', 'create')).toBe(false);
    expect(mayAccess(as(['office']), 'notice-deliveries', 'list')).toBe(false);
    for (const resource of ['org-units', 'users', 'settings'])
      expect(mayAccess(admin, resource, 'edit')).toBe(true);
    expect(mayAccess(admin, 'users', 'disable')).toBe(true);
    expect(mayAccess(admin, 'audit-events', 'edit')).toBe(false);
    expect(mayAccess(admin, 'tenants', 'create')).toBe(false);
  });

  it('lets a party’s leader ask for and decline interviews, and only office and UFWD arrange them', () => {
    const partyLeader = as(['party-member', 'party-leader']);
    expect(mayAccess(partyLeader, 'interviews', 'create')).toBe(true);
    expect(mayAccess(partyLeader, 'interviews', 'decline')).toBe(true);
    expect(mayAccess(partyLeader, 'interviews', 'attach')).toBe(true);
    expect(mayAccess(as(['party-member']), 'interviews', 'attach')).toBe(false);
    expect(mayAccess(partyLeader, 'interviews', 'schedule')).toBe(false);
    expect(mayAccess(partyLeader, 'interviews', 'record')).toBe(false);
    expect(mayAccess(as(['party-member']), 'interviews', 'create')).toBe(false);
    expect(mayAccess(as(['ufwd']), 'interviews', 'schedule')).toBe(true);
    expect(mayAccess(as(['leader']), 'interviews', 'schedule')).toBe(false);
    expect(mayAccess(as(['leader']), 'interviews', 'record')).toBe(true);
    expect(mayAccess(as(['tenant-admin']), 'interviews', 'list')).toBe(false);
  });

  it('shows cases to the organisers, departments and parties, and lets office and UFWD register one', () => {
    for (const role of ['office', 'ufwd', 'gov-office', 'leader', 'supervisor', 'department', 'party-member', 'party-leader']) expect(mayAccess(as([role]), 'cases', 'list')).toBe(true);
    expect(mayAccess(as(['tenant-admin']), 'cases', 'list')).toBe(false);
    expect(mayAccess(as(['ufwd']), 'cases', 'create')).toBe(true);
    expect(mayAccess(as(['department']), 'cases', 'create')).toBe(false);
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
    expect(readable(as(['city-observer']))).toEqual(['tenants', 'escalations']);
    expect(readable(as(['city-observer'], true))).toEqual(['tenants', 'plans', 'plan-items', 'plan-suggestions', 'research-topics', 'interviews', 'org-units', 'solicitations', 'escalations', 'meetings']);
    for (const resource of ['users', 'settings', 'audit-events'] as const) expect(mayAccess(as(['city-observer'], true), resource, 'list')).toBe(false);
    expect(mayAccess(as(['city-observer'], true), 'org-units', 'create')).toBe(false);
  });

  it('offers no write at all while a district is picked, even to a platform admin', () => {
    expect(mayAccess(as(['platform-admin']), 'tenants', 'create')).toBe(true);
    expect(mayAccess(as(['platform-admin'], true), 'tenants', 'create')).toBe(false);
    expect(mayAccess(as(['platform-admin'], true), 'org-units', 'list')).toBe(true);
  });

  it('refuses a resource the console does not know', () => {
    expect(mayAccess(as(['tenant-admin', 'platform-admin']), 'meetings', 'list')).toBe(false);
  });
});

describe('mayAccess on the annual plan', () => {
  it('lets office and UFWD run the plan but not decide on it', () => {
    for (const role of ['office', 'ufwd']) {
      for (const action of ['create', 'edit', 'solicit', 'submit-for-review', 'publish'])
        expect(mayAccess(as([role]), 'plans', action)).toBe(true);
      expect(mayAccess(as([role]), 'plans', 'approve')).toBe(false);
      expect(mayAccess(as([role]), 'plans', 'return')).toBe(false);
      expect(mayAccess(as([role]), 'plan-items', 'create')).toBe(true);
    }
  });

  it('lets only the leader approve or return a plan, and nothing else', () => {
    const leader = as(['leader']);
    expect(mayAccess(leader, 'plans', 'approve')).toBe(true);
    expect(mayAccess(leader, 'plans', 'return')).toBe(true);
    expect(mayAccess(leader, 'plans', 'publish')).toBe(false);
    expect(mayAccess(leader, 'plan-items', 'edit')).toBe(false);
    expect(mayAccess(as(['party-leader']), 'plans', 'approve')).toBe(false);
  });

  it('sends suggestions through the branch leader and lets office and UFWD decide on them', () => {
    expect(mayAccess(as(['party-leader']), 'plan-suggestions', 'approve')).toBe(true);
    expect(mayAccess(as(['party-leader']), 'plan-suggestions', 'create')).toBe(false);
    expect(mayAccess(as(['office']), 'plan-suggestions', 'accept')).toBe(true);
    expect(mayAccess(as(['office']), 'plan-suggestions', 'decline')).toBe(true);
    expect(mayAccess(as(['office']), 'plan-suggestions', 'create')).toBe(false);
    expect(mayAccess(as(['party-member']), 'plan-suggestions', 'accept')).toBe(false);
  });

  it('lets a branch leader choose research topics and office create them', () => {
    expect(mayAccess(as(['party-leader']), 'research-topics', 'choose')).toBe(true);
    expect(mayAccess(as(['party-member']), 'research-topics', 'choose')).toBe(false);
    expect(mayAccess(as(['ufwd']), 'research-topics', 'create')).toBe(true);
    expect(mayAccess(as(['department']), 'research-topics', 'list')).toBe(true);
  });

  it('lets the city read a picked district’s plan, and never change it', () => {
    expect(mayAccess(as(['city-observer'], true), 'plans', 'list')).toBe(true);
    expect(mayAccess(as(['city-observer'], true), 'plans', 'create')).toBe(false);
    expect(mayAccess(as(['city-observer']), 'plans', 'list')).toBe(false);
    expect(mayAccess(as(['platform-admin']), 'plans', 'list')).toBe(false);
  });
});

describe('mayAccess on notices', () => {
  const districtRoles = ['tenant-admin', 'office', 'ufwd', 'gov-office', 'party-member', 'party-leader', 'department', 'leader', 'supervisor'];

  it('gives every district role the notices, to read and to mark read, and nobody to write them', () => {
    for (const role of districtRoles) {
      expect(mayAccess(as([role]), 'notices', 'list')).toBe(true);
      expect(mayAccess(as([role]), 'notices', 'show')).toBe(true);
      expect(mayAccess(as([role]), 'notices', 'read')).toBe(true);
      expect(mayAccess(as([role]), 'notices', 'create')).toBe(false);
      expect(mayAccess(as([role]), 'notices', 'edit')).toBe(false);
    }
  });

  it('keeps the city out of the districts’ notices, a district picked or not', () => {
    for (const role of ['city-observer', 'platform-admin']) {
      expect(mayAccess(as([role]), 'notices', 'list')).toBe(false);
      expect(mayAccess(as([role], true), 'notices', 'list')).toBe(false);
      expect(mayAccess(as([role], true), 'notices', 'read')).toBe(false);
    }
  });
});

describe('isCityUser', () => {
  it('is true for city observers and platform admins only', () => {
    expect(isCityUser(['city-observer'])).toBe(true);
    expect(isCityUser(['platform-admin'])).toBe(true);
    expect(isCityUser(['tenant-admin', 'leader'])).toBe(false);
  });
});

describe('mayAccess on written consultation', () => {
  it('lets office and UFWD send solicitations, UFWD alone summarise, and the branch leader alone submit a reply', () => {
    for (const role of ['office', 'ufwd']) expect(mayAccess(as([role]), 'solicitations', 'create')).toBe(true);
    expect(mayAccess(as(['ufwd']), 'solicitations', 'summarise')).toBe(true);
    expect(mayAccess(as(['office']), 'solicitations', 'summarise')).toBe(false);
    expect(mayAccess(as(['party-member']), 'replies', 'create')).toBe(true);
    expect(mayAccess(as(['party-member']), 'replies', 'submit')).toBe(false);
    expect(mayAccess(as(['party-member', 'party-leader']), 'replies', 'submit')).toBe(true);
    expect(mayAccess(as(['department']), 'materials', 'create')).toBe(true);
    expect(mayAccess(as(['department']), 'materials', 'confirm')).toBe(false);
    expect(mayAccess(as(['ufwd']), 'submissions', 'escalate')).toBe(true);
  });
});
