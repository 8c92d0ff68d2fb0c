import { randomUUID } from 'node:crypto';
import { CommonErrorCode, isRole, isTenantCode, WireHeader } from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';
import type { RequestContext } from '@xieshang/platform-tenancy';

/** The part of a NATS header set this library reads; both `MsgHdrs` and a plain map fit. */
export interface HeaderReader {
  get(name: string): string;
}

const present = (headers: HeaderReader | undefined, name: string): string | null => {
  const value = headers?.get(name)?.trim();
  return value ? value : null;
};

/** Unknown role names are dropped: a caller cannot invent a role by spelling it into a header. */
export const parseRoles = (value: string | null): RequestContext['roles'] =>
  (value ?? '')
    .split(',')
    .map((role) => role.trim())
    .filter(isRole);

/**
 * Builds the request context of an incoming request from its wire headers. A system call may come
 * without a tenant; a malformed tenant code is refused rather than ignored, so it fails closed.
 */
export const contextFromHeaders = (headers: HeaderReader | undefined): RequestContext => {
  const tenantId = present(headers, WireHeader.TenantId);
  if (tenantId !== null && !isTenantCode(tenantId)) {
    throw new AppException(CommonErrorCode.MissingTenant, 'The tenant code is malformed', {
      fields: [{ path: WireHeader.TenantId, message: 'Not a tenant code' }],
    });
  }
  return {
    tenantId,
    userId: present(headers, WireHeader.UserId),
    roles: parseRoles(present(headers, WireHeader.Roles)),
    correlationId: present(headers, WireHeader.CorrelationId) ?? randomUUID(),
  };
};

/** The headers an outgoing request carries for the given context (or a fresh correlation id without one). */
export const headersFromContext = (context: RequestContext | undefined): Record<string, string> => {
  const values: Record<string, string> = {
    [WireHeader.CorrelationId]: context?.correlationId ?? randomUUID(),
  };
  if (context?.tenantId) values[WireHeader.TenantId] = context.tenantId;
  if (context?.userId) values[WireHeader.UserId] = context.userId;
  if (context?.roles.length) values[WireHeader.Roles] = context.roles.join(',');
  return values;
};
