import type { Reflector } from '@nestjs/core';
import type { ExecutionContext } from '@nestjs/common';
import type { Role } from '@xieshang/contracts';
import { IS_PUBLIC_KEY, ROLES_KEY } from './auth.decorators.js';

/** A handler's own metadata wins over its controller's. */
export const isPublicRoute = (reflector: Reflector, context: ExecutionContext): boolean =>
  reflector.getAllAndOverride<boolean | undefined>(IS_PUBLIC_KEY, [context.getHandler(), context.getClass()]) === true;

export const requiredRoles = (reflector: Reflector, context: ExecutionContext): readonly Role[] | undefined =>
  reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, [context.getHandler(), context.getClass()]);
