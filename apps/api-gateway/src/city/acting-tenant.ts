import type { Request } from 'express';

const ACTING_TENANT = Symbol('actingTenant');

type WithActingTenant = Request & { [ACTING_TENANT]?: string };

/** Marks the request as served in another tenant than the token's, after the tenant switch guard allowed it. */
export const setActingTenant = (request: Request, tenant: string): void => {
  (request as WithActingTenant)[ACTING_TENANT] = tenant;
};

export const actingTenantOf = (request: Request): string | undefined => (request as WithActingTenant)[ACTING_TENANT];
