import { AsyncLocalStorage } from 'node:async_hooks';
import { CommonErrorCode, isTenantCode, type Role } from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';

/** Who is acting, for which tenant, under which correlation id: set at every edge (HTTP, NATS, JetStream). */
export interface RequestContext {
  tenantId: string | null;
  userId: string | null;
  roles: readonly Role[];
  correlationId: string;
  /** The event this work reacts to, so events it records name their cause. */
  causationId?: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

export const runWithContext = <T>(context: RequestContext, work: () => T): T => storage.run(context, work);

export const findContext = (): RequestContext | undefined => storage.getStore();

/** The current tenant; fails closed when a request carries none. */
export const requireTenantId = (): string => {
  const tenantId = storage.getStore()?.tenantId;
  if (!tenantId) throw new AppException(CommonErrorCode.MissingTenant, 'This request has no tenant');
  if (!isTenantCode(tenantId)) throw new AppException(CommonErrorCode.MissingTenant, 'The tenant code is malformed');
  return tenantId;
};

export const currentCorrelationId = (): string | undefined => storage.getStore()?.correlationId;
