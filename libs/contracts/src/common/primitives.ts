import { z } from 'zod';

/**
 * The building blocks of every contract. Each refuses, at the edge, a value the database would
 * refuse later with an error that is not the client's to read: PostgreSQL's `text` cannot hold
 * NUL, `jsonb` cannot hold a lone surrogate, `integer` stops at 2^31 - 1, and `date` has no year 0.
 */

/** PostgreSQL's `integer` range. */
export const PG_INT_MIN = -2_147_483_648;
export const PG_INT_MAX = 2_147_483_647;

/** No NUL, and only well-formed UTF-16: with the `u` flag a lone surrogate is a code point of its own. */
const STORABLE_TEXT = /^[^\u0000\uD800-\uDFFF]*$/u;

export const isStorableText = (value: string): boolean => STORABLE_TEXT.test(value);

/** Any string a client may send; chain `.trim()`, `.min()`, `.max()` as needed. */
export const text = z.string().regex(STORABLE_TEXT, 'must not contain NUL or ill-formed Unicode');

/** Any integer a client may send, within PostgreSQL's `integer`. */
export const int = z.number().int().min(PG_INT_MIN).max(PG_INT_MAX);

/** A row version as read: 1, 2, 3 … */
export const rowVersion = int.min(1);

/** The years a date may fall in: wide enough for any record, narrow enough for every column and library. */
export const EARLIEST_YEAR = 1900;
export const LATEST_YEAR = 9999;

const yearInRange = (value: string): boolean => {
  const year = Number(value.slice(0, 4));
  return year >= EARLIEST_YEAR && year <= LATEST_YEAR && Number.isFinite(Date.parse(value));
};

/** A calendar day that exists, `2027-03-15` (zod's pattern knows month lengths and leap years). */
export const isoDay = z.iso.date().refine(yearInRange, `must be a real day between ${EARLIEST_YEAR} and ${LATEST_YEAR}`);

/** An instant with its offset, `2027-03-15T09:30:00+08:00`, in the same years. */
export const isoInstant = z.iso.datetime({ offset: true }).refine(yearInRange, `must be a real instant between ${EARLIEST_YEAR} and ${LATEST_YEAR}`);

/** Free search text of a list filter. */
export const searchText = text.max(100);

/** The ids a list may be asked for at once (react-admin's getMany). */
export const idList = z.array(z.uuid()).max(500);
