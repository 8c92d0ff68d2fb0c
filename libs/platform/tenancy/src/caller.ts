import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { CommonErrorCode, isTenantCode, type Role } from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';

/**
 * Who is acting, for which tenant, under which correlation id. The gateway builds it from the
 * verified token, the requester writes it to NATS headers, the service's interceptor reads it back,
 * and an event consumer makes one from the envelope: request bodies never say who is acting.
 */
export interface Caller {
  /** Null only for system calls (a service account, a city-wide question) that name no tenant. */
  tenantId: string | null;
  personId: string | null;
  username: string | null;
  displayName: string | null;
  orgUnitId: string | null;
  roles: readonly Role[];
  /** A city user reading one of its districts (`X-Tenant`): `tenantId` is the district. */
  tenantSwitched: boolean;
  correlationId: string;
  /** The event this work reacts to, so events it records name their cause. */
  causationId?: string;
  /** A keyed write: the key and request hash the service records in the transaction that writes (ADR 0008). */
  idempotency?: { key: string; requestHash: string };
}

const storage = new AsyncLocalStorage<Caller>();

/** A caller with nobody behind it: system work such as seeding or a scheduled job. */
export const systemCaller = (correlationId: string, tenantId: string | null = null): Caller => ({
  tenantId,
  personId: null,
  username: null,
  displayName: null,
  orgUnitId: null,
  roles: [],
  tenantSwitched: false,
  correlationId,
});

export const runAsCaller = <T>(caller: Caller, work: () => T): T => storage.run(caller, work);

/** The same caller acting in another tenant (or the system, outside any request), for the few system paths that must. */
export const runInTenant = <T>(tenantId: string, work: () => T): T =>
  runAsCaller({ ...(storage.getStore() ?? systemCaller(randomUUID())), tenantId }, work);

export const findCaller = (): Caller | undefined => storage.getStore();

/** The caller of the work in progress; fails when code runs outside any request, event or job. */
export const currentCaller = (): Caller => {
  const caller = storage.getStore();
  if (!caller) throw new AppException(CommonErrorCode.Internal, 'No caller: this code runs outside a request, event or job');
  return caller;
};

/** The current tenant; fails closed when a request carries none. */
export const requireTenantId = (): string => {
  const tenantId = storage.getStore()?.tenantId;
  if (!tenantId) throw new AppException(CommonErrorCode.MissingTenant, 'This request has no tenant');
  if (!isTenantCode(tenantId)) throw new AppException(CommonErrorCode.MissingTenant, 'The tenant code is malformed');
  return tenantId;
};

export const currentCorrelationId = (): string | undefined => storage.getStore()?.correlationId;

/**
 * The gateway checks roles per route; a service checks again where it matters, so a request that
 * reaches NATS some other way cannot do more than the route allows.
 */
export const requireAnyRole = (caller: Pick<Caller, 'roles'>, allowed: readonly Role[]): void => {
  if (!allowed.some((role) => caller.roles.includes(role))) {
    throw new AppException(CommonErrorCode.Forbidden, `This action needs one of the roles: ${allowed.join(', ')}`, { requiredRoles: [...allowed] });
  }
};

/** The name records show for who acted: the display name, else the username, else the id. */
export const nameOf = (caller: Caller): string => caller.displayName ?? caller.username ?? caller.personId ?? 'system';
