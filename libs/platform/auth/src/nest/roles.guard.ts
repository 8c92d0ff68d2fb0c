import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { CommonErrorCode } from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';
import type { AuthenticatedRequest } from './authenticated-request.js';
import { isPublicRoute, requiredRoles } from './route-metadata.js';

/**
 * Global guard after `AuthGuard`. It fails closed: a route that is neither `@Public()` nor
 * `@Roles(...)` is refused, so a forgotten decorator never opens a route to every signed-in user.
 */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (isPublicRoute(this.reflector, context)) return true;
    const roles = requiredRoles(this.reflector, context);
    if (!roles || roles.length === 0) {
      throw new AppException(CommonErrorCode.Forbidden, 'This route declares no roles and is closed');
    }
    const user = context.switchToHttp().getRequest<AuthenticatedRequest>().user;
    if (!user) throw new AppException(CommonErrorCode.Unauthenticated, 'A bearer token is required');
    if (!roles.some((role) => user.roles.includes(role))) {
      throw new AppException(CommonErrorCode.Forbidden, `This action needs one of the roles: ${roles.join(', ')}`, {
        requiredRoles: [...roles],
      });
    }
    return true;
  }
}
