import type { AppException } from '@xieshang/platform-errors';
import { DEMO_PEOPLE, districtOrgUnits } from '../seed/demo-district.data.js';
import { assertRolesFitOrgUnit } from './role-placement.rules.js';

const refusal = (work: () => void): AppException | null => {
  try {
    work();
    return null;
  } catch (error) {
    return error as AppException;
  }
};

describe('roles and the kind of org unit they are held in', () => {
  it('places party roles in any party branch, and the office roles each in its own office', () => {
    for (const kind of ['democratic_party', 'non_party', 'federation'] as const) expect(refusal(() => assertRolesFitOrgUnit(['party-member', 'party-leader'], kind))).toBeNull();
    expect(refusal(() => assertRolesFitOrgUnit(['office'], 'party_office'))).toBeNull();
    expect(refusal(() => assertRolesFitOrgUnit(['ufwd'], 'ufwd'))).toBeNull();
    expect(refusal(() => assertRolesFitOrgUnit(['gov-office'], 'gov_office'))).toBeNull();
    expect(refusal(() => assertRolesFitOrgUnit(['leader'], 'party_committee'))).toBeNull();
    expect(refusal(() => assertRolesFitOrgUnit(['department'], 'department'))).toBeNull();
  });

  it('lets a tenant administrator sit in any unit', () => {
    for (const unit of districtOrgUnits('巴州区')) expect(refusal(() => assertRolesFitOrgUnit(['tenant-admin'], unit.kind))).toBeNull();
  });

  it('refuses a role in a unit of the wrong kind with 422 naming roles and what the role needs', () => {
    const error = refusal(() => assertRolesFitOrgUnit(['party-member', 'office'], 'department'));
    expect(error?.code).toBe('VALIDATION.ROLE_UNFIT_FOR_ORG_UNIT');
    expect(error?.details?.['fields']).toEqual([
      { path: 'roles', message: 'party-member is held in an org unit of kind democratic_party or non_party or federation, not department' },
      { path: 'roles', message: 'office is held in an org unit of kind party_office, not department' },
    ]);
    expect(refusal(() => assertRolesFitOrgUnit(['department'], 'democratic_party'))?.code).toBe('VALIDATION.ROLE_UNFIT_FOR_ORG_UNIT');
    expect(refusal(() => assertRolesFitOrgUnit(['leader'], 'ufwd'))?.code).toBe('VALIDATION.ROLE_UNFIT_FOR_ORG_UNIT');
  });

  it('fits every demo person the seed places', () => {
    const units = new Map(districtOrgUnits('巴州区').map((unit) => [unit.shortName, unit.kind]));
    const placed = DEMO_PEOPLE.filter((person) => person.tenant !== 'bazhong');
    expect(placed.length).toBeGreaterThan(10);
    for (const person of placed) {
      const kind = units.get(person.orgUnit ?? '');
      expect(kind).toBeDefined();
      if (kind) expect(refusal(() => assertRolesFitOrgUnit(person.roles, kind))).toBeNull();
    }
  });
});
