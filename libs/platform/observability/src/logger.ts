import pino, { type Logger } from 'pino';
import { findContext } from '@xieshang/platform-tenancy';
import { redactionOptions } from './log-redaction.rules.js';

/**
 * JSON logs, one line each; every line made inside a request carries its correlation id, tenant
 * and user, taken from the request context. Secrets never reach a line: secret keys are redacted
 * at any depth, errors keep no query parameters or failing rows, and secret-shaped text (bearer
 * tokens, JWTs, password hashes) is scrubbed from the finished line.
 */
export const createLogger = (app: string, level = process.env['LOG_LEVEL'] ?? 'info'): Logger =>
  pino({
    name: app,
    level,
    base: { app },
    timestamp: pino.stdTimeFunctions.isoTime,
    ...redactionOptions,
    mixin: () => {
      const context = findContext();
      return context
        ? { correlationId: context.correlationId, tenantId: context.tenantId, userId: context.userId }
        : {};
    },
  });

export type { Logger };
