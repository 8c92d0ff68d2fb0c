import { AppException } from '@xieshang/platform-errors';

type TenantKind = 'city' | 'district';

/**
 * A city stands alone; a district sits under a city that exists. Refused with 422 naming
 * `parentCode`. Answers the parent to store.
 */
export const tenantParent = (kind: TenantKind, parentCode: string | null | undefined, parent: { kind: TenantKind } | null): string | null => {
  if (kind === 'city') {
    if (parentCode) throw AppException.invalidInput([{ path: 'parentCode', message: 'a city has no parent' }]);
    return null;
  }
  if (!parentCode) throw AppException.invalidInput([{ path: 'parentCode', message: 'a district needs its city' }]);
  if (parent?.kind !== 'city') throw AppException.invalidInput([{ path: 'parentCode', message: `${parentCode} is not a city` }]);
  return parentCode;
};
