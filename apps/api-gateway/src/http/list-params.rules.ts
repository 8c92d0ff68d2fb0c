import { type FieldError, type ListQuery, PG_INT_MAX } from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';
import { jsonDepth, MAX_JSON_DEPTH } from './json-shape.rules.js';

type RawParams = Record<string, unknown>;

const parseJson = (name: string, raw: unknown, errors: FieldError[]): unknown => {
  if (raw === undefined) return undefined;
  if (typeof raw !== 'string') {
    errors.push({ path: name, message: 'must be given once, as JSON' });
    return undefined;
  }
  if (jsonDepth(raw) > MAX_JSON_DEPTH) {
    errors.push({ path: name, message: 'nests too deep' });
    return undefined;
  }
  try {
    return JSON.parse(raw);
  } catch {
    errors.push({ path: name, message: 'is not valid JSON' });
    return undefined;
  }
};

const isRange = (value: unknown): value is [number, number] =>
  Array.isArray(value) && value.length === 2 && value.every((n) => Number.isInteger(n) && n >= 0 && n <= PG_INT_MAX) && value[1] >= value[0];

const isSort = (value: unknown): value is [string, 'ASC' | 'DESC'] =>
  Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && (value[1] === 'ASC' || value[1] === 'DESC');

/** react-admin's `filter`, `range` and `sort` query parameters, each JSON; a bad one is named in the error. */
export const parseListParams = (params: RawParams): ListQuery => {
  const errors: FieldError[] = [];
  const filter = parseJson('filter', params['filter'], errors) ?? {};
  const range = parseJson('range', params['range'], errors) ?? [0, 24];
  const sort = parseJson('sort', params['sort'], errors);
  if (typeof filter !== 'object' || filter === null || Array.isArray(filter)) errors.push({ path: 'filter', message: 'must be a JSON object' });
  if (!isRange(range)) errors.push({ path: 'range', message: 'must be [from, to] with 0 <= from <= to' });
  if (sort !== undefined && !isSort(sort)) errors.push({ path: 'sort', message: 'must be [field, "ASC" | "DESC"]' });
  if (errors.length > 0) throw AppException.invalidInput(errors, 'The list parameters are invalid');
  return { filter: filter as Record<string, unknown>, range: range as [number, number], ...(sort ? { sort: sort as [string, 'ASC' | 'DESC'] } : {}) };
};

/** `Content-Range: org-units 0-24/319`; an empty page is written with a star for its range. */
export const contentRange = (resource: string, from: number, count: number, total: number): string =>
  count === 0 ? `${resource} */${total}` : `${resource} ${from}-${from + count - 1}/${total}`;
