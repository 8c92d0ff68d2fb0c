import { CommonErrorCode, type Role } from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';

/** Office and UFWD compose and send solicitations and read every reply (DOMAIN.md, "People and roles"). */
export const SOLICITORS: readonly Role[] = ['office', 'ufwd'];
/** Those who read every solicitation and submitted reply of the tenant. */
export const WRITTEN_INSIDERS: readonly Role[] = ['office', 'ufwd', 'leader', 'supervisor', 'city-observer'];
/** A party branch's people: they draft; the leader approves what leaves the branch. */
export const PARTY_ROLES: readonly Role[] = ['party-member', 'party-leader'];
/** UFWD aggregates replies, forwards submissions and raises research reports to the city. */
export const AGGREGATORS: readonly Role[] = ['ufwd'];
/** Who sends materials and invitations to the parties (§5.2, §5.4). */
export const MATERIAL_SENDERS: readonly Role[] = ['office', 'ufwd', 'department', 'leader', 'gov-office'];
/** The city's UFWD, as the city observer or a UFWD user of the city tenant, receives escalations. */
export const ESCALATION_RECEIVERS: readonly Role[] = ['ufwd', 'city-observer'];

export const hasAny = (roles: readonly Role[], wanted: readonly Role[]): boolean => roles.some((role) => wanted.includes(role));

export const isInsider = (roles: readonly Role[]): boolean => hasAny(roles, WRITTEN_INSIDERS);
export const isParty = (roles: readonly Role[]): boolean => hasAny(roles, PARTY_ROLES);

export const requireRole = (roles: readonly Role[], allowed: readonly Role[], what: string): void => {
  if (!hasAny(roles, allowed)) {
    throw new AppException(CommonErrorCode.Forbidden, `Only ${allowed.join(' or ')} may ${what}`, { requiredRoles: [...allowed] });
  }
};

/** A party user acts for the org unit of their account; without one they act for none. */
export const requireOwnBranch = (orgUnitId: string | null, what: string): string => {
  if (!orgUnitId) throw new AppException(CommonErrorCode.Forbidden, `Only a member of a party branch may ${what}`);
  return orgUnitId;
};
