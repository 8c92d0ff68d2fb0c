/** `timestamptz` as PostgreSQL writes it in UTC: `2026-12-03 19:21:47.123456+00`, the fraction optional. */
const UTC_TEXT = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})(?:\.(\d{1,6}))?\+00$/;

/**
 * A `timestamptz` in PostgreSQL's text form as the ISO 8601 string the replies carry
 * (`2026-12-03T19:21:47.123Z`, milliseconds cut as `Date` cuts them). A session in UTC gives the
 * form above, rewritten without making a `Date`; any other offset goes through one.
 */
export const isoTimestamp = (text: string): string => {
  const utc = UTC_TEXT.exec(text);
  if (utc) return `${utc[1]}T${utc[2]}.${(utc[3] ?? '').slice(0, 3).padEnd(3, '0')}Z`;
  const time = new Date(text.replace(' ', 'T').replace(/([+-]\d{2})$/, '$1:00'));
  if (Number.isNaN(time.getTime())) throw new RangeError(`Not a timestamp PostgreSQL writes: ${text}`);
  return time.toISOString();
};
