import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { parseInput } from '@xieshang/platform-errors';
import { requestBodyOf } from './request-bodies.js';

/**
 * The last guard: once the caller may call the route, its body must match the route's contract
 * (unknown fields included) before anything is forwarded. A refusal names every bad field.
 */
@Injectable()
export class RequestBodyGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<Request>();
    const routePath = (request.route as { path?: string } | undefined)?.path;
    const schema = routePath ? requestBodyOf(request.method, routePath) : undefined;
    if (schema) parseInput(schema, request.body ?? {});
    return true;
  }
}
