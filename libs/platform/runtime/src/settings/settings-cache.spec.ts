import type { EffectiveSettingsView } from '@xieshang/contracts';
import { SettingsCache } from './settings-cache.js';
import { changedTenantOf } from './settings-change.rules.js';
import { SettingsClient } from './settings.client.js';

const PARENTS: Record<string, string | null> = { bazhong: null, bazhou: 'bazhong', enyang: 'bazhong' };

const fakeDirectory = () => {
  const asked: string[] = [];
  let noticeLeadDays = 10;
  return {
    asked,
    setNoticeLeadDays: (days: number) => {
      noticeLeadDays = days;
    },
    fetch: async (tenant: string): Promise<EffectiveSettingsView> => {
      asked.push(tenant);
      return {
        tenant,
        parent: PARENTS[tenant] ?? null,
        settings: [{ id: 'meeting.noticeLeadDays', key: 'meeting.noticeLeadDays', value: noticeLeadDays, source: 'default' }],
      };
    },
  };
};

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('the settings cache', () => {
  let clock: number;
  const now = () => clock;

  beforeEach(() => {
    clock = 1_000;
  });

  it('asks the directory once per tenant within the time to live', async () => {
    const directory = fakeDirectory();
    const cache = new SettingsCache(directory.fetch, { ttlMs: 60_000, now });
    await cache.get('bazhou');
    clock += 59_000;
    await cache.get('bazhou');
    await cache.get('enyang');
    expect(directory.asked).toEqual(['bazhou', 'enyang']);
  });

  it('asks again once the time to live has passed', async () => {
    const directory = fakeDirectory();
    const cache = new SettingsCache(directory.fetch, { ttlMs: 60_000, now });
    await cache.get('bazhou');
    clock += 60_001;
    await cache.get('bazhou');
    expect(directory.asked).toEqual(['bazhou', 'bazhou']);
  });

  it('shares one request between callers asking at the same time', async () => {
    const directory = fakeDirectory();
    const cache = new SettingsCache(directory.fetch, { ttlMs: 60_000, now });
    await Promise.all([cache.get('bazhou'), cache.get('bazhou'), cache.get('bazhou')]);
    expect(directory.asked).toEqual(['bazhou']);
  });

  it("drops a district's settings when its city's change, and leaves other cities' districts alone", async () => {
    const directory = fakeDirectory();
    const cache = new SettingsCache(directory.fetch, { ttlMs: 60_000, now });
    await cache.get('bazhou');
    await cache.get('enyang');
    await cache.get('bazhong');
    await settle();
    cache.invalidate('bazhong');
    expect(cache.size).toBe(0);
    await cache.get('bazhou');
    cache.invalidate('enyang');
    expect(cache.size).toBe(1);
  });

  it('does not keep a failed request', async () => {
    let calls = 0;
    const cache = new SettingsCache(async () => {
      calls += 1;
      throw new Error('no responders');
    }, { ttlMs: 60_000, now });
    await expect(cache.get('bazhou')).rejects.toThrow('no responders');
    await settle();
    await expect(cache.get('bazhou')).rejects.toThrow('no responders');
    expect(calls).toBe(2);
  });
});

describe('the settings client', () => {
  it('serves the new value after the directory reports a change', async () => {
    const directory = fakeDirectory();
    const client = new SettingsClient(new SettingsCache(directory.fetch, { ttlMs: 60_000 }));
    expect(await client.number('meeting.noticeLeadDays', 'bazhou')).toBe(10);
    directory.setNoticeLeadDays(12);
    expect(await client.number('meeting.noticeLeadDays', 'bazhou')).toBe(10);
    client.invalidate('bazhou');
    expect(await client.number('meeting.noticeLeadDays', 'bazhou')).toBe(12);
  });

  it('reads the changed tenant from an event envelope and ignores anything else', () => {
    const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
    expect(changedTenantOf(encode({ tenantId: 'bazhong', payload: { keys: ['plan.minThematic'] } }))).toBe('bazhong');
    expect(changedTenantOf(encode({ tenantId: "x'; drop" }))).toBeNull();
    expect(changedTenantOf(new TextEncoder().encode('not json'))).toBeNull();
  });
});
