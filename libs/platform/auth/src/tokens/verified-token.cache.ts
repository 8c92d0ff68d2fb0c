import type { AuthenticatedUser } from './authenticated-user.js';

export interface VerifiedTokenCacheOptions {
  /** Most tokens remembered; when full, the oldest entry makes room. */
  maxEntries?: number;
  now?: () => number;
}

/**
 * Remembers tokens whose signature was checked, until they expire, so a client's next request
 * skips the RSA verification. Keyed by the whole token: a forged payload next to a valid
 * signature is another key and is verified in full. A key removed from the issuer's set stops
 * new tokens at once; tokens already seen stay valid until their own expiry, as they would at
 * any service that checked them once.
 */
export class VerifiedTokenCache {
  private readonly users = new Map<string, AuthenticatedUser>();
  private readonly maxEntries: number;
  private readonly now: () => number;

  constructor(options: VerifiedTokenCacheOptions = {}) {
    this.maxEntries = options.maxEntries ?? 10_000;
    this.now = options.now ?? Date.now;
  }

  find(token: string): AuthenticatedUser | undefined {
    const user = this.users.get(token);
    if (user === undefined) return undefined;
    if (user.expiresAt.getTime() > this.now()) return user;
    this.users.delete(token);
    return undefined;
  }

  remember(token: string, user: AuthenticatedUser): AuthenticatedUser {
    if (user.expiresAt.getTime() <= this.now()) return user;
    if (this.users.size >= this.maxEntries) this.makeRoom();
    const frozen = Object.freeze({ ...user, roles: Object.freeze([...user.roles]) as AuthenticatedUser['roles'] });
    this.users.set(token, frozen);
    return frozen;
  }

  get size(): number {
    return this.users.size;
  }

  /** Drops what has expired; if nothing has, the oldest entry (insertion order). */
  private makeRoom(): void {
    const now = this.now();
    for (const [token, user] of this.users) if (user.expiresAt.getTime() <= now) this.users.delete(token);
    if (this.users.size < this.maxEntries) return;
    const oldest = this.users.keys().next().value;
    if (oldest !== undefined) this.users.delete(oldest);
  }
}
