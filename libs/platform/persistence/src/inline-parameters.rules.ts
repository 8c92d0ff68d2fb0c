import { escapeLiteral } from 'pg';

/** A value a one-round-trip read may carry: what the services' list statements bind. */
export type InlineValue = string | number | bigint | boolean | Date | null | readonly (string | number)[];

const PLACEHOLDER = /\$(\d+)(?!\d)/g;

/** An element of PostgreSQL's array text form: quoted, with `"` and `\` escaped. */
const arrayElement = (value: string | number): string => `"${String(value).replace(/["\\]/g, (char) => `\\${char}`)}"`;

/**
 * One value as an SQL literal. Strings go through pg's `escapeLiteral`; a negative number is
 * parenthesised so that `x -$1` never becomes a `--` comment; an array becomes its text form,
 * a literal of unknown type that PostgreSQL reads as the array the context asks for (`uuid[]`).
 */
export const sqlLiteral = (value: InlineValue): string => {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'bigint') return value < 0n ? `(${value})` : String(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError('An SQL parameter must be a finite number');
    return value < 0 ? `(${value})` : String(value);
  }
  if (value instanceof Date) return escapeLiteral(value.toISOString());
  if (Array.isArray(value)) return escapeLiteral(`{${value.map(arrayElement).join(',')}}`);
  if (typeof value === 'string') return escapeLiteral(value);
  throw new TypeError(`An SQL parameter of type ${typeof value} cannot be inlined`);
};

/**
 * The statement with each `$n` replaced by its parameter as a literal, for a read sent as one
 * simple-protocol batch. The statement is the service's own text: its `$n` are placeholders only,
 * never inside a literal or a comment.
 */
export const inlineParameters = (sql: string, parameters: readonly InlineValue[]): string =>
  sql.replace(PLACEHOLDER, (placeholder, index: string) => {
    const position = Number(index) - 1;
    if (position < 0 || position >= parameters.length) throw new RangeError(`${placeholder} has no parameter`);
    return sqlLiteral(parameters[position]!);
  });
