import { createHash, randomBytes } from 'node:crypto';

/** A new feed token of a tenant: `xscal.<tenant>.<256 random bits>`. */
export const newCalendarToken = (tenantId: string): string => `xscal.${tenantId}.${randomBytes(32).toString('base64url')}`;

/** What is stored and looked up: the token's SHA-256, hex. A token has enough entropy that no salt is needed. */
export const hashCalendarToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/** The feed's window: a quarter back, a year ahead. */
export const feedWindow = (now: Date): { from: Date; to: Date } => ({
  from: new Date(now.getTime() - 92 * 86_400_000),
  to: new Date(now.getTime() + 366 * 86_400_000),
});
