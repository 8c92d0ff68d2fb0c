import { MAX_PAGE_SIZE } from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';

/** A page is [from, to] of at most MAX_PAGE_SIZE rows, sorted by a field the list allows. */
export const assertListWindow = (range: readonly [number, number], sortField: string, sortFields: readonly string[]): void => {
  const [from, to] = range;
  if (to < from || to - from + 1 > MAX_PAGE_SIZE) {
    throw AppException.invalidInput([{ path: 'range', message: `range must be [from, to] with at most ${MAX_PAGE_SIZE} rows` }]);
  }
  if (!sortFields.includes(sortField)) {
    throw AppException.invalidInput([{ path: 'sort', message: `sort by one of ${sortFields.join(', ')}` }]);
  }
};
