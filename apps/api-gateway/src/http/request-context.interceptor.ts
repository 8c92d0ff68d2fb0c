import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import type { Request } from 'express';
import { Observable } from 'rxjs';
import type { AuthenticatedUser } from '@xieshang/platform-auth';
import { runAsCaller } from '@xieshang/platform-tenancy';
import { actingTenantOf } from '../city/acting-tenant.js';
import { callerOf } from './caller.rules.js';
import { correlationIdOf } from './correlation-id.middleware.js';

/**
 * Runs the route as its caller (tenant, person, name, org unit, roles, correlation id), which the
 * NATS requester copies into headers. Everything comes from the verified token, never from the
 * body; the tenant is another only when the tenant switch guard let a city user read a district.
 */
@Injectable()
export class RequestContextInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<Request & { user?: AuthenticatedUser }>();
    const caller = callerOf(request.user, actingTenantOf(request), correlationIdOf(request));
    return new Observable((subscriber) => runAsCaller(caller, () => next.handle().subscribe(subscriber)));
  }
}
