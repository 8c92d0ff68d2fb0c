import type { TenantView } from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';
import { canSeeTenant, pageTenants, tenantScope } from './tenant-access.rules.js';

const tenant = (code: string, parentCode: string | null, name = code): TenantView => ({
  id: code,
  code,
  name,
  kind: parentCode ? 'district' : 'city',
  parentCode,
  createdAt: '2026-01-01T00:00:00.000Z',
});

const tree = [tenant('bazhong', null, '巴中市'), tenant('bazhou', 'bazhong', '巴州区'), tenant('enyang', 'bazhong', '恩阳区'), tenant('mianyang', null), tenant('fucheng', 'mianyang')];

describe('who may read which tenants', () => {
  it('gives the platform administrator every tenant, a city observer the city tree, a tenant admin its own', () => {
    expect(tenantScope(['platform-admin'])).toBe('all');
    expect(tenantScope(['city-observer'])).toBe('city');
    expect(tenantScope(['tenant-admin', 'office'])).toBe('own');
    expect(tenantScope(['office', 'party-member'])).toBeNull();
  });

  it("lets a city observer see its city's districts but not another city's", () => {
    expect(canSeeTenant('city', 'bazhong', tree[1]!)).toBe(true);
    expect(canSeeTenant('city', 'bazhong', tree[0]!)).toBe(true);
    expect(canSeeTenant('city', 'bazhong', tree[4]!)).toBe(false);
  });

  it('keeps a tenant admin to its own tenant, even a child of it', () => {
    expect(canSeeTenant('own', 'bazhou', tree[1]!)).toBe(true);
    expect(canSeeTenant('own', 'bazhong', tree[1]!)).toBe(false);
  });
});

describe('paging tenants', () => {
  const query = { filter: {}, range: [0, 1] as [number, number] };

  it('filters by parent and sorts by name descending', () => {
    const page = pageTenants(tree, { parentCode: 'bazhong' }, { ...query, sort: ['name', 'DESC'] });
    expect(page.items.map((t) => t.code)).toEqual(['enyang', 'bazhou']);
    expect(page.total).toBe(2);
  });

  it('counts every match while returning only the asked range', () => {
    const page = pageTenants(tree, {}, query);
    expect(page.items.map((t) => t.code)).toEqual(['bazhong', 'bazhou']);
    expect(page.total).toBe(5);
  });

  it('finds by part of the name', () => {
    expect(pageTenants(tree, { q: '恩阳' }, query).items.map((t) => t.code)).toEqual(['enyang']);
  });

  it('names an unknown sort field', () => {
    expect(() => pageTenants(tree, {}, { ...query, sort: ['secret', 'ASC'] })).toThrow(AppException);
  });
});
