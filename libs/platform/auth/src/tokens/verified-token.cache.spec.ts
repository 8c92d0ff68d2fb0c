import type { AuthenticatedUser } from './authenticated-user.js';
import { VerifiedTokenCache } from './verified-token.cache.js';

const userUntil = (expiresAt: number, subject = 'u-1'): AuthenticatedUser => ({
  subject,
  username: subject,
  displayName: subject,
  tenantId: 'bazhou',
  roles: ['office'],
  orgUnitId: null,
  expiresAt: new Date(expiresAt),
});

describe('VerifiedTokenCache', () => {
  let clock: number;
  const now = () => clock;

  beforeEach(() => {
    clock = 1_000_000;
  });

  it('finds a remembered token until it expires, then forgets it', () => {
    const cache = new VerifiedTokenCache({ now });
    cache.remember('a.b.c', userUntil(clock + 60_000));
    expect(cache.find('a.b.c')).toMatchObject({ subject: 'u-1' });
    clock += 59_999;
    expect(cache.find('a.b.c')).toMatchObject({ subject: 'u-1' });
    clock += 1;
    expect(cache.find('a.b.c')).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('does not find a token with the same signature and another payload', () => {
    const cache = new VerifiedTokenCache({ now });
    cache.remember('header.payload.signature', userUntil(clock + 60_000));
    expect(cache.find('header.forged.signature')).toBeUndefined();
  });

  it('does not remember a token that has already expired', () => {
    const cache = new VerifiedTokenCache({ now });
    cache.remember('a.b.c', userUntil(clock));
    expect(cache.size).toBe(0);
  });

  it('stays within its bound, dropping expired entries first and then the oldest', () => {
    const cache = new VerifiedTokenCache({ now, maxEntries: 2 });
    cache.remember('short', userUntil(clock + 10));
    cache.remember('long', userUntil(clock + 60_000));
    clock += 10;
    cache.remember('third', userUntil(clock + 60_000));
    expect(cache.find('long')).toBeDefined();
    expect(cache.find('third')).toBeDefined();
    cache.remember('fourth', userUntil(clock + 60_000));
    expect(cache.size).toBe(2);
    expect(cache.find('long')).toBeUndefined();
    expect(cache.find('fourth')).toBeDefined();
  });

  it('hands out a frozen user, so one request cannot change what the next one sees', () => {
    const cache = new VerifiedTokenCache({ now });
    const user = cache.remember('a.b.c', userUntil(clock + 60_000));
    expect(Object.isFrozen(user)).toBe(true);
    expect(Object.isFrozen(user.roles)).toBe(true);
  });
});
