import type { PlanStatus } from '@xieshang/contracts';

/** Those who read every plan with its items, drafts included (the CPC side and the tenant admin). */
const PLAN_INSIDERS = ['office', 'ufwd', 'leader', 'supervisor', 'tenant-admin'];
const PARTY_ROLES = ['party-member', 'party-leader'];

export const isPlanInsider = (roles: readonly string[]): boolean => roles.some((role) => PLAN_INSIDERS.includes(role));
export const isPartyUser = (roles: readonly string[]): boolean => roles.some((role) => PARTY_ROLES.includes(role));

/** Insiders read the items at every stage; everyone else once the plan is published. */
export const mayReadItems = (roles: readonly string[], status: PlanStatus): boolean =>
  isPlanInsider(roles) || status === 'published';

/** Items are added, changed and cancelled while drafting and asking for topics, and after publication with a reason. */
export const itemsEditableIn = (status: PlanStatus): boolean => ['draft', 'soliciting', 'published'].includes(status);
