import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { CommonErrorCode } from '@xieshang/contracts';
import { AppException, parseInput } from '@xieshang/platform-errors';
import { requestBodyOf } from './request-bodies.js';

/** Whether the request carries bytes of a body, whatever their type. */
const carriesBody = (request: Request): boolean =>
  Number(request.headers['content-length'] ?? 0) > 0 || request.headers['transfer-encoding'] !== undefined;

/**
 * The last guard: once the caller may call the route, its body must match the route's contract
 * (unknown fields included) before anything is forwarded. A refusal names every bad field. A body
 * in a type the route does not read (a form, plain text) is refused, not ignored: a route without
 * fields would otherwise act on a request whose content nobody looked at.
 */
@Injectable()
export class RequestBodyGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<Request>();
    const routePath = (request.route as { path?: string } | undefined)?.path;
    const schema = routePath ? requestBodyOf(request.method, routePath) : undefined;
    if (!schema) return true;
    if (carriesBody(request) && !request.is('application/json')) {
      throw new AppException(CommonErrorCode.UnsupportedMediaType, 'The body must be JSON (application/json)', {
        fields: [{ path: 'Content-Type', message: 'must be application/json' }],
      });
    }
    parseInput(schema, request.body ?? {});
    return true;
  }
}
