import { tenantParent } from './tenant-placement.rules.js';

const fieldsOf = (work: () => unknown): unknown => {
  try {
    work();
    return null;
  } catch (error) {
    return (error as { code: string; details?: { fields?: unknown } }).details?.fields;
  }
};

describe('where a new tenant sits', () => {
  it('puts a city at the top and a district under its city', () => {
    expect(tenantParent('city', undefined, null)).toBeNull();
    expect(tenantParent('city', null, null)).toBeNull();
    expect(tenantParent('district', 'bazhong', { kind: 'city' })).toBe('bazhong');
  });

  it('refuses a city with a parent, a district without one, and a district under a district, naming parentCode', () => {
    expect(fieldsOf(() => tenantParent('city', 'bazhong', { kind: 'city' }))).toEqual([{ path: 'parentCode', message: 'a city has no parent' }]);
    expect(fieldsOf(() => tenantParent('district', undefined, null))).toEqual([{ path: 'parentCode', message: 'a district needs its city' }]);
    expect(fieldsOf(() => tenantParent('district', 'bazhou', { kind: 'district' }))).toEqual([{ path: 'parentCode', message: 'bazhou is not a city' }]);
    expect(fieldsOf(() => tenantParent('district', 'nosuch', null))).toEqual([{ path: 'parentCode', message: 'nosuch is not a city' }]);
  });
});
