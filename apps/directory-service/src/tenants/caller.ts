import { CommonErrorCode, type Role } from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';
import { findContext, requireTenantId } from '@xieshang/platform-tenancy';

export interface Caller {
  tenantId: string;
  roles: readonly Role[];
}

/** The caller of the current request: its tenant (required) and its roles from the wire headers. */
export const currentCaller = (): Caller => ({ tenantId: requireTenantId(), roles: findContext()?.roles ?? [] });

/**
 * The gateway checks roles per route; the directory checks again for what changes tenants, so a
 * request that reaches NATS some other way cannot do more than the route allows.
 */
export const requireAnyRole = (caller: Caller, allowed: readonly Role[]): void => {
  if (!allowed.some((role) => caller.roles.includes(role))) {
    throw new AppException(CommonErrorCode.Forbidden, `This action needs one of the roles: ${allowed.join(', ')}`, { requiredRoles: [...allowed] });
  }
};
