import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import type { Request } from 'express';
import { Observable } from 'rxjs';
import type { AuthenticatedUser } from '@xieshang/platform-auth';
import { runWithContext } from '@xieshang/platform-tenancy';
import { actingTenantOf } from '../city/acting-tenant.js';
import { correlationIdOf } from './correlation-id.middleware.js';

/**
 * Runs the route inside the request context (tenant, user, roles, correlation id) that the NATS
 * requester copies into headers. The tenant comes from the verified token, never from the body,
 * unless the tenant switch guard let a city observer read one of its districts (`X-Tenant`).
 */
@Injectable()
export class RequestContextInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<Request & { user?: AuthenticatedUser }>();
    const user = request.user;
    const requestContext = {
      tenantId: actingTenantOf(request) ?? user?.tenantId ?? null,
      userId: user?.subject ?? null,
      roles: user?.roles ?? [],
      correlationId: correlationIdOf(request),
    };
    return new Observable((subscriber) => runWithContext(requestContext, () => next.handle().subscribe(subscriber)));
  }
}
