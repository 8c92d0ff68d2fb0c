/** Keys whose values never reach a log line, whatever object they sit in. */
export const SECRET_KEYS = [
  'password',
  'newPassword',
  'passwordHash',
  'password_hash',
  'hash',
  'token',
  'accessToken',
  'access_token',
  'refreshToken',
  'refresh_token',
  'idToken',
  'id_token',
  'authorization',
  'cookie',
  'set-cookie',
  'secret',
  'clientSecret',
  'client_secret',
  'parameters',
] as const;

export const REDACTED = '[Redacted]';

const SECRET_KEY_SET: ReadonlySet<string> = new Set(SECRET_KEYS.map((key) => key.toLowerCase()));
/** Deeper than any log object we write; a cycle stops here too. */
const MAX_DEPTH = 12;

const isPlainObject = (value: object): boolean => {
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
};

/**
 * A log object with every secret key's value replaced, at any depth, and every error reduced to
 * what `serializeError` keeps. Copies only what it changes, so a clean object costs one walk.
 * (pino's own `redact` names each level of a path with a wildcard, which costs a hundred times more.)
 */
export const redactSecrets = <T>(value: T, depth = 0): T => {
  if (typeof value !== 'object' || value === null) return value;
  if (value instanceof Error) return serializeError(value) as T;
  if (depth >= MAX_DEPTH) return value;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    value.forEach((item: unknown, index) => {
      const next = redactSecrets(item, depth + 1);
      if (next !== item) (copy ??= [...value])[index] = next;
    });
    return (copy ?? value) as T;
  }
  if (!isPlainObject(value)) return value;
  let copy: Record<string, unknown> | undefined;
  for (const [key, item] of Object.entries(value)) {
    const next = SECRET_KEY_SET.has(key.toLowerCase()) && item !== undefined && item !== null ? REDACTED : redactSecrets(item, depth + 1);
    if (next !== item) (copy ??= { ...(value as Record<string, unknown>) })[key] = next;
  }
  return (copy ?? value) as T;
};

/**
 * Patterns of secrets that may hide in free text (a message, a stack, a database error's detail):
 * bearer credentials, JSON web tokens, the directory's password hashes and calendar feed tokens.
 */
const SECRET_PATTERNS: readonly RegExp[] = [
  /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/gi,
  /\beyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/g,
  /\bscrypt\$[0-9]+\$[0-9]+\$[0-9]+\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+/g,
  // A calendar feed's token, which is its only credential and sits in the feed's URL.
  /\bxscal\.[a-z][a-z0-9-]*\.[A-Za-z0-9_-]+/g,
];

/** A finished log line with any secret-shaped text replaced; the last guard before the line is written. */
export const scrubSecrets = (line: string): string => {
  let scrubbed = line;
  for (const pattern of SECRET_PATTERNS) scrubbed = scrubbed.replace(pattern, (match) => (/^(bearer|basic)\s/i.test(match) ? `${match.split(/\s+/)[0]} ${REDACTED}` : REDACTED));
  return scrubbed;
};

/** What of an error a log keeps: never a database query's parameters, the failing row or the driver's copy of them. */
const ERROR_FIELDS = ['code', 'constraint', 'table', 'column', 'schema', 'routine', 'status', 'statusCode', 'subject'] as const;

export interface LoggedError {
  type: string;
  message: string;
  stack?: string;
  [field: string]: unknown;
}

const SERIALIZED = new WeakSet<object>();

/** An error as a log keeps it: its type, message, stack, codes and causes. Idempotent. */
export const serializeError = (error: unknown, seen: Set<unknown> = new Set()): unknown => {
  if (!(error instanceof Error) && (typeof error !== 'object' || error === null)) return error;
  if (SERIALIZED.has(error)) return error;
  if (seen.has(error)) return '[Circular]';
  seen.add(error);
  const source = error as Error & Record<string, unknown>;
  const logged: LoggedError = {
    type: source.constructor?.name ?? 'Error',
    message: typeof source.message === 'string' ? source.message : String(source.message ?? ''),
    ...(typeof source.stack === 'string' ? { stack: source.stack } : {}),
  };
  for (const field of ERROR_FIELDS) {
    const value = source[field];
    if (typeof value === 'string' || typeof value === 'number') logged[field] = value;
  }
  if (typeof source.query === 'string') logged['query'] = source.query;
  if (source.cause !== undefined) logged['cause'] = serializeError(source.cause, seen);
  SERIALIZED.add(logged);
  return logged;
};

/** The pino options that keep secrets out of a logger's lines; `createLogger` uses them. */
export const redactionOptions = {
  formatters: { log: (object: Record<string, unknown>) => redactSecrets(object) },
  serializers: { err: serializeError, error: serializeError },
  hooks: { streamWrite: scrubSecrets },
};
