import { CommonErrorCode, type PlanStatus, type Role } from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';

/** Office and UFWD draft and run the plan (DOMAIN.md, "People and roles"). */
export const PLAN_EDITORS: readonly Role[] = ['office', 'ufwd'];
/** Those who read every plan of the tenant, drafts included; the city observer oversees a district's plan work. */
export const PLAN_INSIDERS: readonly Role[] = ['office', 'ufwd', 'leader', 'supervisor', 'tenant-admin', 'city-observer'];
/** Party branches (and the units that carry the plan out) read only what has been published. */
export const PLAN_OUTSIDERS: readonly Role[] = ['party-member', 'party-leader', 'department', 'gov-office'];
export const PARTY_ROLES: readonly Role[] = ['party-member', 'party-leader'];

const hasAny = (roles: readonly Role[], wanted: readonly Role[]): boolean => roles.some((role) => wanted.includes(role));

export const isPlanEditor = (roles: readonly Role[]): boolean => hasAny(roles, PLAN_EDITORS);
export const isPlanInsider = (roles: readonly Role[]): boolean => hasAny(roles, PLAN_INSIDERS);

/**
 * The plan states a caller may see: insiders all of them; outsiders the published plan, and
 * party users also the plan while it asks them for topics (they need it to suggest one).
 */
export const visiblePlanStatuses = (roles: readonly Role[]): readonly PlanStatus[] | 'all' => {
  if (isPlanInsider(roles)) return 'all';
  if (hasAny(roles, PARTY_ROLES)) return ['soliciting', 'published'];
  if (hasAny(roles, PLAN_OUTSIDERS)) return ['published'];
  return [];
};

export const mayReadPlan = (roles: readonly Role[], status: PlanStatus): boolean => {
  const visible = visiblePlanStatuses(roles);
  return visible === 'all' || visible.includes(status);
};

/** Items are read with the whole plan by insiders, and by others only once it is published. */
export const mayReadItems = (roles: readonly Role[], status: PlanStatus): boolean => isPlanInsider(roles) || (mayReadPlan(roles, status) && status === 'published');

export const requireRole = (roles: readonly Role[], allowed: readonly Role[], what: string): void => {
  if (!hasAny(roles, allowed)) {
    throw new AppException(CommonErrorCode.Forbidden, `Only ${allowed.join(' or ')} may ${what}`, { requiredRoles: [...allowed] });
  }
};
