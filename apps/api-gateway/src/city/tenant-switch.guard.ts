import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { CommonErrorCode } from '@xieshang/contracts';
import type { AuthenticatedUser } from '@xieshang/platform-auth';
import { AppException } from '@xieshang/platform-errors';
import { correlationIdOf } from '../http/correlation-id.middleware.js';
import { setActingTenant } from './acting-tenant.js';
import { CITY_READABLE_KEY } from './city-readable.decorator.js';
import { TenantChildrenCache } from './tenant-children.cache.js';
import { TENANT_HEADER, tenantSwitchOf } from './tenant-switch.rules.js';

/**
 * Global guard after the role check: a city observer's `X-Tenant: <district>` on a read is served
 * in that district if the route is `@CityReadable()` and the directory lists the district as a
 * child of the observer's city; anything else that names another tenant is refused with 403.
 */
@Injectable()
export class TenantSwitchGuard implements CanActivate {
  constructor(
    private readonly children: TenantChildrenCache,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<Request & { user?: AuthenticatedUser }>();
    const user = request.user;
    if (!user) return true;
    const decision = tenantSwitchOf(request.method, request.headers[TENANT_HEADER], user);
    if (decision.kind === 'stay') return true;
    if (decision.kind === 'refuse') throw new AppException(CommonErrorCode.Forbidden, decision.reason);
    if (!this.reflector.getAllAndOverride<boolean | undefined>(CITY_READABLE_KEY, [context.getHandler(), context.getClass()])) {
      throw new AppException(CommonErrorCode.Forbidden, "The city reads a district's consultation records and figures, not its people, audit trail or settings");
    }
    if (!(await this.children.has(user.tenantId as string, decision.district, correlationIdOf(request)))) {
      throw new AppException(CommonErrorCode.Forbidden, 'X-Tenant does not name a district of your city');
    }
    setActingTenant(request, decision.district);
    return true;
  }
}
