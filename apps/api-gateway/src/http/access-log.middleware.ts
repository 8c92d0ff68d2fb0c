import type { NextFunction, Request, Response } from 'express';
import type { AuthenticatedUser } from '@xieshang/platform-auth';
import { httpDuration, httpRequests, type Logger } from '@xieshang/platform-observability';
import { correlationIdOf } from './correlation-id.middleware.js';

/** One JSON line and one metric sample per request, with its correlation id, tenant and user. */
export const accessLogMiddleware =
  (logger: Logger) =>
  (request: Request, response: Response, next: NextFunction): void => {
    const started = process.hrtime.bigint();
    response.on('finish', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const route = (request.route as { path?: string } | undefined)?.path ?? 'unmatched';
      const user = (request as Request & { user?: AuthenticatedUser }).user;
      httpRequests.inc({ method: request.method, route, status: response.statusCode });
      httpDuration.observe({ method: request.method, route }, seconds);
      logger.info(
        {
          correlationId: correlationIdOf(request),
          tenantId: user?.tenantId ?? null,
          userId: user?.subject ?? null,
          method: request.method,
          url: request.originalUrl,
          status: response.statusCode,
          ms: Math.round(seconds * 1000 * 10) / 10,
        },
        'request',
      );
    });
    next();
  };
