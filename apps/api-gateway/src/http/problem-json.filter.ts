import { type ArgumentsHost, Catch, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Logger } from '@xieshang/platform-observability';
import { toProblem } from './problem.js';
import { correlationIdOf } from './correlation-id.middleware.js';
import { retryAfterSeconds } from './error-status.rules.js';

/** Every error leaves the gateway as application/problem+json; 5xx are logged with their cause. */
@Catch()
export class ProblemJsonFilter implements ExceptionFilter {
  constructor(private readonly logger: Logger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<Request>();
    const response = host.switchToHttp().getResponse<Response>();
    const problem = toProblem(exception, request.originalUrl, correlationIdOf(request));
    if (problem.status >= 500) this.logger.error({ err: exception, correlationId: problem.correlationId, code: problem.code }, 'request failed');
    if (problem.status === 401) response.setHeader('WWW-Authenticate', 'Bearer realm="xieshang"');
    if (response.headersSent) return;
    const retryAfter = retryAfterSeconds(problem.status, problem.code);
    if (retryAfter !== undefined) response.setHeader('Retry-After', String(retryAfter));
    response.status(problem.status).type('application/problem+json').send(JSON.stringify(problem));
  }
}
