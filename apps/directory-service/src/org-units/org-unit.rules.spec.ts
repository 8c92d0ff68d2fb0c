import { AppException } from '@xieshang/platform-errors';
import { isRenamed, isStateChange, ORG_UNIT_NAME_CONSTRAINT, orgUnitWriteError } from './org-unit.rules.js';

const uniqueViolation = (constraint: string) => Object.assign(new Error('duplicate key'), { driverError: { code: '23505', constraint } });

describe('org unit rules', () => {
  it('turns a clash on the unit name into DIRECTORY.ORG_UNIT_NAME_TAKEN naming the name field', () => {
    const error = orgUnitWriteError(uniqueViolation(ORG_UNIT_NAME_CONSTRAINT), '民盟巴州区总支');
    expect(error).toBeInstanceOf(AppException);
    expect(error).toMatchObject({ code: 'DIRECTORY.ORG_UNIT_NAME_TAKEN', details: { fields: [{ path: 'name' }] } });
  });

  it('passes other database failures through unchanged', () => {
    const other = uniqueViolation('org_units_pkey');
    expect(orgUnitWriteError(other, 'x')).toBe(other);
    const notUnique = Object.assign(new Error('check'), { driverError: { code: '23514', constraint: ORG_UNIT_NAME_CONSTRAINT } });
    expect(orgUnitWriteError(notUnique, 'x')).toBe(notUnique);
  });

  it('sees a rename only when the name or short name differs', () => {
    expect(isRenamed({ name: 'a', shortName: 'b' }, { name: 'a', shortName: 'b' })).toBe(false);
    expect(isRenamed({ name: 'a', shortName: 'b' }, { name: 'a', shortName: 'c' })).toBe(true);
    expect(isRenamed({ name: 'a', shortName: 'b' }, { name: 'z', shortName: 'b' })).toBe(true);
  });

  it('treats retiring a retired unit as no change', () => {
    expect(isStateChange({ active: false }, false)).toBe(false);
    expect(isStateChange({ active: true }, false)).toBe(true);
    expect(isStateChange({ active: false }, true)).toBe(true);
  });
});
