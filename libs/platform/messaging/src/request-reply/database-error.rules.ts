import { CommonErrorCode } from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';

/** The SQLSTATE of a PostgreSQL error, as pg and TypeORM's QueryFailedError both carry it. */
const sqlStateOf = (error: unknown): string | undefined => {
  const code = (error as { code?: unknown } | null)?.code;
  const fromDriver = typeof error === 'object' && error !== null && ('severity' in error || error.constructor?.name === 'QueryFailedError');
  return fromDriver && typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
};

const UNIQUE_VIOLATION = '23505';
const DATA_EXCEPTION_CLASS = '22';
const INTEGRITY_CLASS = '23';

/**
 * A database error the input caused: a value the column cannot hold (class 22: NUL, out of range,
 * a day that does not exist) is the client's 400, a broken reference or check its 422, a
 * duplicate a 409. The message says which, never the query or its parameters. Anything else is a fault.
 */
export const databaseInputError = (error: unknown): AppException | undefined => {
  const state = sqlStateOf(error);
  if (!state) return undefined;
  if (state.startsWith(DATA_EXCEPTION_CLASS)) {
    return AppException.invalidInput([{ path: '(body)', message: 'a value cannot be stored (malformed or out of range)' }], 'A value cannot be stored');
  }
  if (state === UNIQUE_VIOLATION) return new AppException(CommonErrorCode.AlreadyExists, 'The record already exists');
  if (state.startsWith(INTEGRITY_CLASS)) return new AppException(CommonErrorCode.ConstraintViolated, 'A value breaks a rule of the stored records');
  return undefined;
};
