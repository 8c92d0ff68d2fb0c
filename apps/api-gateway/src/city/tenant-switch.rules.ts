import { isTenantCode, type Role } from '@xieshang/contracts';

/** The header a city user names a child district with, to read that district's records. */
export const TENANT_HEADER = 'x-tenant';

const READS = new Set(['GET', 'HEAD']);

export type TenantSwitch =
  | { kind: 'stay' }
  | { kind: 'refuse'; reason: string }
  /** Allowed if `district` is a child of the caller's tenant, which only the directory knows. */
  | { kind: 'enter'; district: string };

interface Caller {
  tenantId: string | null;
  roles: readonly Role[];
}

/**
 * What an `X-Tenant` header asks and whether it may: only a city observer, only to read, only a
 * well-formed code. Naming one's own tenant changes nothing and is always fine.
 */
export const tenantSwitchOf = (method: string, header: string | string[] | undefined, caller: Caller): TenantSwitch => {
  if (header === undefined || header === '') return { kind: 'stay' };
  if (Array.isArray(header)) return { kind: 'refuse', reason: 'Give X-Tenant once' };
  const district = header.trim();
  if (district === caller.tenantId) return { kind: 'stay' };
  if (!READS.has(method.toUpperCase())) return { kind: 'refuse', reason: "Another tenant's records can only be read, not changed" };
  if (!caller.roles.includes('city-observer')) return { kind: 'refuse', reason: "Only city observers read another tenant's records" };
  if (!caller.tenantId || !isTenantCode(district)) return { kind: 'refuse', reason: 'X-Tenant does not name a district of your city' };
  return { kind: 'enter', district };
};
