import { createHash, randomBytes } from 'node:crypto';
import { daysAfter, instantOf, parseLocalDateTime } from '@xieshang/platform-deadlines';

/** A new feed token of a tenant: `xscal.<tenant>.<256 random bits>`. */
export const newCalendarToken = (tenantId: string): string => `xscal.${tenantId}.${randomBytes(32).toString('base64url')}`;

/** What is stored and looked up: the token's SHA-256, hex. A token has enough entropy that no salt is needed. */
export const hashCalendarToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/** The feed's window: a quarter back, a year ahead. */
export const feedWindow = (now: Date): { from: Date; to: Date } => ({
  from: new Date(now.getTime() - 92 * 86_400_000),
  to: new Date(now.getTime() + 366 * 86_400_000),
});

/** The month view's window: from the start of day `from` to the end of day `to`, on the district's clock. */
export const daysWindow = (from: string, to: string, zone: string): { from: Date; to: Date } => ({
  from: instantOf(parseLocalDateTime(from), zone),
  to: daysAfter(parseLocalDateTime(to), 1, zone),
});
