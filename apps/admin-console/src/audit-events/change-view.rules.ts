/** The top-level fields of a before/after pair, each with both values and whether it changed. */
export interface ChangedField {
  field: string;
  before: unknown;
  after: unknown;
  changed: boolean;
}

const asObject = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Lines up before and after field by field, in the order the fields first appear. */
export const changedFields = (before: unknown, after: unknown): ChangedField[] => {
  const left = asObject(before);
  const right = asObject(after);
  const fields = [...new Set([...Object.keys(left), ...Object.keys(right)])];
  return fields.map((field) => ({ field, before: left[field], after: right[field], changed: !same(left[field], right[field]) }));
};

/** A value as one readable line: text as is, the rest as JSON, a missing value as a dash. */
export const displayValue = (value: unknown): string =>
  value === undefined || value === null ? '-' : typeof value === 'string' ? value : JSON.stringify(value);
