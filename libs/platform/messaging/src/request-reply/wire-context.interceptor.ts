import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { NatsContext } from '@nestjs/microservices';
import { AppException } from '@xieshang/platform-errors';
import { natsHandled } from '@xieshang/platform-observability';
import { runAsCaller, type Caller } from '@xieshang/platform-tenancy';
import { Observable, tap, throwError } from 'rxjs';
import { callerFromHeaders, type HeaderReader } from './wire-headers.js';

const outcomeOf = (error: unknown): string => (error instanceof AppException ? error.code : 'error');

/**
 * Runs every NATS handler inside the request context its headers describe (tenant, user, roles,
 * correlation id), so logs, row-level security and outgoing requests all see the same caller.
 */
@Injectable()
export class WireContextInterceptor implements NestInterceptor {
  intercept(execution: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (execution.getType() !== 'rpc') return next.handle();
    const nats = execution.switchToRpc().getContext<NatsContext>();
    const subject = nats.getSubject();
    let caller: Caller;
    try {
      caller = callerFromHeaders(nats.getHeaders() as HeaderReader | undefined);
    } catch (error) {
      natsHandled.inc({ subject, outcome: outcomeOf(error) });
      return throwError(() => error);
    }
    // The handler starts only on subscription, so the subscription itself must run in the context.
    return new Observable<unknown>((subscriber) =>
      runAsCaller(caller, () =>
        next
          .handle()
          .pipe(
            tap({
              complete: () => natsHandled.inc({ subject, outcome: 'ok' }),
              error: (error: unknown) => natsHandled.inc({ subject, outcome: outcomeOf(error) }),
            }),
          )
          .subscribe(subscriber),
      ),
    );
  }
}
