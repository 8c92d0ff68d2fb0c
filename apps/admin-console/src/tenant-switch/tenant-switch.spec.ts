import { describe, expect, it } from 'vitest';
import { createDistrictSelection, DISTRICT_STORAGE_KEY } from './district-selection.js';
import { tenantHeaderValue } from './tenant-header.rules.js';

const memoryStorage = () => {
  const values = new Map<string, string>();
  return {
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
    removeItem: (key: string) => void values.delete(key),
  };
};

describe('tenantHeaderValue', () => {
  const base = { apiUrl: '/api/v1', roles: ['city-observer'], district: 'bazhou' };

  it('names the picked district on calls about district records', () => {
    expect(tenantHeaderValue({ ...base, url: '/api/v1/org-units?range=[0,9]' })).toBe('bazhou');
    expect(tenantHeaderValue({ ...base, url: '/api/v1/audit-events/verify' })).toBe('bazhou');
  });

  it('leaves the city-level calls alone so that the switcher keeps listing every district', () => {
    expect(tenantHeaderValue({ ...base, url: '/api/v1/tenants?range=[0,99]' })).toBeNull();
    expect(tenantHeaderValue({ ...base, url: '/api/v1/district-figures' })).toBeNull();
    expect(tenantHeaderValue({ ...base, url: '/api/v1/me' })).toBeNull();
  });

  it('sends nothing for people without a city role or without a picked district', () => {
    expect(tenantHeaderValue({ ...base, roles: ['tenant-admin'], url: '/api/v1/org-units' })).toBeNull();
    expect(tenantHeaderValue({ ...base, district: null, url: '/api/v1/org-units' })).toBeNull();
  });
});

describe('district selection', () => {
  it('remembers the district per person across instances over the same storage', () => {
    const storage = memoryStorage();
    createDistrictSelection(storage).set('city-subject', 'enyang');
    const later = createDistrictSelection(storage);
    expect(later.get('city-subject')).toBe('enyang');
    expect(later.get('someone-else')).toBeNull();
  });

  it('forgets the district when the person goes back to their own tenant, and tells listeners', () => {
    const storage = memoryStorage();
    const selection = createDistrictSelection(storage);
    let changes = 0;
    selection.subscribe(() => (changes += 1));
    selection.set('city-subject', 'bazhou');
    selection.set('city-subject', null);
    expect(selection.get('city-subject')).toBeNull();
    expect(storage.getItem(DISTRICT_STORAGE_KEY)).toBeNull();
    expect(changes).toBe(2);
  });

  it('ignores a stored value it cannot read', () => {
    const storage = memoryStorage();
    storage.setItem(DISTRICT_STORAGE_KEY, '{not json');
    expect(createDistrictSelection(storage).get('city-subject')).toBeNull();
  });
});
