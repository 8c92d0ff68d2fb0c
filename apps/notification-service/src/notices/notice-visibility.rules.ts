import type { Role } from '@xieshang/contracts';
import type { Caller } from '@xieshang/platform-tenancy';

/** The CPC side and the tenant's administrator follow every notice of the district. */
export const ALL_NOTICE_READERS: readonly Role[] = ['office', 'ufwd', 'leader', 'supervisor', 'tenant-admin'];

/** Whose notices a caller sees: all of the tenant, those of one org unit, or none. */
export type NoticeScope = 'all' | { orgUnitId: string } | 'none';

/**
 * Everyone else of the district (party members and leaders, departments, the government office)
 * sees what was addressed to their own org unit, as the token names it; without one, nothing.
 */
export const noticeScope = (roles: readonly Role[], orgUnitId: string | null): NoticeScope => {
  if (roles.some((role) => ALL_NOTICE_READERS.includes(role))) return 'all';
  return orgUnitId ? { orgUnitId } : 'none';
};

export const maySeeNotice = (scope: NoticeScope, recipientOrgUnitId: string): boolean =>
  scope === 'all' || (scope !== 'none' && scope.orgUnitId === recipientOrgUnitId);

/** A reader of notices: the person (whose readings are shown) and what they may see. */
export interface NoticeReader {
  personId: string | null;
  scope: NoticeScope;
}

export const noticeReaderOf = (caller: Pick<Caller, 'personId' | 'roles' | 'orgUnitId'>): NoticeReader => ({
  personId: caller.personId,
  scope: noticeScope(caller.roles, caller.orgUnitId),
});
