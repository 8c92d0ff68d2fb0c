import { Catch, type ArgumentsHost, type RpcExceptionFilter } from '@nestjs/common';
import { createLogger, type Logger } from '@xieshang/platform-observability';
import { Observable, throwError } from 'rxjs';
import { toWireError } from './wire-error.mapping.js';

/**
 * The NATS edge of error handling: a handler's failure leaves the service as a plain
 * `{ code, message, details }`; an unexpected one is logged with its stack and answered as
 * `COMMON.INTERNAL`, so no internals cross the wire.
 */
@Catch()
export class WireExceptionFilter implements RpcExceptionFilter<unknown> {
  constructor(private readonly logger: Logger = createLogger('messaging')) {}

  catch(exception: unknown, host: ArgumentsHost): Observable<never> {
    const { wire, expected } = toWireError(exception);
    if (!expected) {
      const subject = host.getType() === 'rpc' ? host.switchToRpc().getContext<{ getSubject(): string }>().getSubject() : undefined;
      this.logger.error({ err: exception, subject }, 'NATS handler failed');
    }
    return throwError(() => wire);
  }
}
