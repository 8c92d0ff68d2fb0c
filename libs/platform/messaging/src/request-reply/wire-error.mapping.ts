import { CommonErrorCode, isErrorCode, isWireError, type WireError } from '@xieshang/contracts';
import { AppException, toFieldErrors } from '@xieshang/platform-errors';
import { TimeoutError } from 'rxjs';
import { ZodError } from 'zod';
import { databaseInputError } from './database-error.rules.js';

const INTERNAL: WireError = { code: CommonErrorCode.Internal, message: 'Internal error' };

/** What a handler's failure looks like on the wire; anything unexpected says no more than "Internal error". */
export const toWireError = (error: unknown): { wire: WireError; expected: boolean } => {
  if (error instanceof AppException) return { wire: error.toWire(), expected: true };
  if (error instanceof ZodError) return { wire: AppException.invalidInput(toFieldErrors(error)).toWire(), expected: true };
  const refusedByDatabase = databaseInputError(error);
  if (refusedByDatabase) return { wire: refusedByDatabase.toWire(), expected: true };
  return { wire: INTERNAL, expected: false };
};

/** Errors of the NATS client when nobody can answer, compared by name (tests may load a second copy of it). */
const UNAVAILABLE_NAMES = new Set(['ConnectionError', 'ClosedConnectionError', 'DrainingConnectionError', 'NoRespondersError', 'NoResponders']);

/** The same from the socket or the client's messages: a refused or closed connection. */
const UNAVAILABLE_MESSAGES = [/Connection closed/i, /Connection lost/i, /ECONNREFUSED/];

const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : typeof error === 'string' ? error : JSON.stringify(error);

/** Turns whatever a request produced instead of a reply into the AppException callers handle. */
export const requestFailure = (subject: string, error: unknown, timeoutMs: number): AppException => {
  // A code outside the contracts' union is a fault of the replier, not something to pass on.
  if (!(error instanceof Error) && isWireError(error)) {
    return isErrorCode(error.code) ? new AppException(error.code, error.message, error.details) : new AppException(CommonErrorCode.Internal, 'Internal error');
  }
  // The NATS client and rxjs both name their timeout this way.
  if (error instanceof TimeoutError || (error instanceof Error && error.name === 'TimeoutError')) {
    return new AppException(CommonErrorCode.UpstreamTimeout, `No reply on ${subject} within ${timeoutMs} ms`, { subject });
  }
  const message = messageOf(error);
  const names = error instanceof Error ? [error.name, error.constructor.name] : [];
  if (names.some((name) => UNAVAILABLE_NAMES.has(name)) || UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(message))) {
    return new AppException(CommonErrorCode.ServiceUnavailable, `No service answers ${subject}`, { subject });
  }
  return new AppException(CommonErrorCode.Internal, `Request on ${subject} failed`, { subject });
};
