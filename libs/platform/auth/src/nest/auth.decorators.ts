import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { CommonErrorCode, type Role } from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';
import type { AuthenticatedUser } from '../tokens/authenticated-user.js';
import type { AuthenticatedRequest } from './authenticated-request.js';

export const IS_PUBLIC_KEY = 'xieshang:auth:public';
export const ROLES_KEY = 'xieshang:auth:roles';

/** Marks a route (or a whole controller) as open to callers without a token. */
export const Public = () => SetMetadata(IS_PUBLIC_KEY, true);

/** The roles, any one of which lets a caller use the route. Every non-public route needs this. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/** The caller the auth guard verified; only on routes that are not public. */
export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): AuthenticatedUser => {
  const user = context.switchToHttp().getRequest<AuthenticatedRequest>().user;
  if (!user) throw new AppException(CommonErrorCode.Unauthenticated, 'This route has no signed-in caller');
  return user;
});
