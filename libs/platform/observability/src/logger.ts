import pino, { type Logger } from 'pino';
import { findCaller } from '@xieshang/platform-tenancy';

/**
 * JSON logs, one line each; every line made inside a request carries its correlation id, tenant
 * and user, taken from the request context.
 */
export const createLogger = (app: string, level = process.env['LOG_LEVEL'] ?? 'info'): Logger =>
  pino({
    name: app,
    level,
    base: { app },
    timestamp: pino.stdTimeFunctions.isoTime,
    mixin: () => {
      const caller = findCaller();
      return caller
        ? { correlationId: caller.correlationId, tenantId: caller.tenantId, personId: caller.personId }
        : {};
    },
  });

export type { Logger };
