import { AppException } from '@xieshang/platform-errors';
import { MAX_PAGE_SIZE } from '@xieshang/contracts';

/** Checks react-admin's range and sort against what a resource allows; names the bad parameter. */
export const pageAndSort = <F extends string>(
  range: [number, number],
  sort: [string, 'ASC' | 'DESC'] | undefined,
  fields: readonly F[],
  fallback: [F, 'ASC' | 'DESC'],
): { skip: number; take: number; field: F; order: 'ASC' | 'DESC' } => {
  const [from, to] = range;
  if (to < from || to - from + 1 > MAX_PAGE_SIZE) {
    throw AppException.invalidInput([{ path: 'range', message: `range must be [from, to] with at most ${MAX_PAGE_SIZE} rows` }]);
  }
  const [field, order] = sort ?? fallback;
  if (!(fields as readonly string[]).includes(field)) {
    throw AppException.invalidInput([{ path: 'sort', message: `sort by one of ${fields.join(', ')}` }]);
  }
  return { skip: from, take: to - from + 1, field: field as F, order };
};
