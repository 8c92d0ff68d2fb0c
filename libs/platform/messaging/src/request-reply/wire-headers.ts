import { randomUUID } from 'node:crypto';
import { CommonErrorCode, isRole, isTenantCode, WireHeader } from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';
import type { Caller } from '@xieshang/platform-tenancy';

/** The part of a NATS header set this library reads; both `MsgHdrs` and a plain map fit. */
export interface HeaderReader {
  get(name: string): string;
}

const present = (headers: HeaderReader | undefined, name: string): string | null => {
  const value = headers?.get(name)?.trim();
  return value ? value : null;
};

/** Header values are ASCII: names in any script travel percent-encoded. */
const decoded = (value: string | null): string | null => {
  if (value === null) return null;
  try {
    return decodeURIComponent(value);
  } catch {
    throw new AppException(CommonErrorCode.InvalidInput, 'A caller header is not percent-encoded', {
      fields: [{ path: WireHeader.DisplayName, message: 'Not percent-encoded' }],
    });
  }
};

/** Unknown role names are dropped: a caller cannot invent a role by spelling it into a header. */
export const parseRoles = (value: string | null): Caller['roles'] =>
  (value ?? '')
    .split(',')
    .map((role) => role.trim())
    .filter(isRole);

/**
 * Builds the caller of an incoming request from its wire headers. A system call may come without
 * a tenant; a malformed tenant code is refused rather than ignored, so it fails closed.
 */
export const callerFromHeaders = (headers: HeaderReader | undefined): Caller => {
  const tenantId = present(headers, WireHeader.TenantId);
  if (tenantId !== null && !isTenantCode(tenantId)) {
    throw new AppException(CommonErrorCode.MissingTenant, 'The tenant code is malformed', {
      fields: [{ path: WireHeader.TenantId, message: 'Not a tenant code' }],
    });
  }
  const causationId = present(headers, WireHeader.CausationId);
  const idempotency = idempotencyFromHeaders(headers);
  return {
    tenantId,
    personId: present(headers, WireHeader.PersonId),
    username: decoded(present(headers, WireHeader.Username)),
    displayName: decoded(present(headers, WireHeader.DisplayName)),
    orgUnitId: present(headers, WireHeader.OrgUnitId),
    roles: parseRoles(present(headers, WireHeader.Roles)),
    tenantSwitched: present(headers, WireHeader.TenantSwitched) === 'true',
    correlationId: present(headers, WireHeader.CorrelationId) ?? randomUUID(),
    ...(causationId ? { causationId } : {}),
    ...(idempotency ? { idempotency } : {}),
  };
};

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;
const REQUEST_HASH = /^[0-9a-f]{64}$/;

/** Both headers or neither; a malformed one is refused, so a write never runs unkeyed by mistake. */
const idempotencyFromHeaders = (headers: HeaderReader | undefined): Caller['idempotency'] => {
  const key = present(headers, WireHeader.IdempotencyKey);
  const requestHash = present(headers, WireHeader.RequestHash);
  if (key === null && requestHash === null) return undefined;
  if (key === null || requestHash === null || !IDEMPOTENCY_KEY.test(key) || !REQUEST_HASH.test(requestHash)) {
    throw new AppException(CommonErrorCode.InvalidInput, 'The idempotency headers are malformed', {
      fields: [{ path: WireHeader.IdempotencyKey, message: 'Needs a visible-ASCII key and a SHA-256 request hash' }],
    });
  }
  return { key, requestHash };
};

/** The headers an outgoing request carries for the given caller (or a fresh correlation id without one). */
export const headersFromCaller = (caller: Caller | undefined): Record<string, string> => {
  const values: Record<string, string> = {
    [WireHeader.CorrelationId]: caller?.correlationId ?? randomUUID(),
  };
  if (!caller) return values;
  if (caller.tenantId) values[WireHeader.TenantId] = caller.tenantId;
  if (caller.personId) values[WireHeader.PersonId] = caller.personId;
  if (caller.username) values[WireHeader.Username] = encodeURIComponent(caller.username);
  if (caller.displayName) values[WireHeader.DisplayName] = encodeURIComponent(caller.displayName);
  if (caller.orgUnitId) values[WireHeader.OrgUnitId] = caller.orgUnitId;
  if (caller.roles.length) values[WireHeader.Roles] = caller.roles.join(',');
  if (caller.tenantSwitched) values[WireHeader.TenantSwitched] = 'true';
  if (caller.causationId) values[WireHeader.CausationId] = caller.causationId;
  if (caller.idempotency) {
    values[WireHeader.IdempotencyKey] = caller.idempotency.key;
    values[WireHeader.RequestHash] = caller.idempotency.requestHash;
  }
  return values;
};
