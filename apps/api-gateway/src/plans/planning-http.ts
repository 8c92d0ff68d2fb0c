import type { PlanningActor, Role } from '@xieshang/contracts';
import type { AuthenticatedUser } from '@xieshang/platform-auth';

/**
 * Everyone of a district who reads the published plan, and the city observer reading a district's
 * (with `X-Tenant`); what each sees is decided by planning-service.
 */
export const PLAN_READERS: Role[] = ['office', 'ufwd', 'leader', 'supervisor', 'tenant-admin', 'party-member', 'party-leader', 'department', 'gov-office', 'city-observer'];
/** Office and UFWD draft, solicit, submit, publish and revise. */
export const PLAN_EDITORS: Role[] = ['office', 'ufwd'];

/**
 * The caller's org unit and name, from the verified token only. Spread last into every request to
 * planning-service, so an `actor` in a client's body is overwritten, never trusted.
 */
export const actorOf = (user: AuthenticatedUser): { actor: PlanningActor } => ({
  actor: { orgUnitId: user.orgUnitId, displayName: user.displayName.slice(0, 100) || user.username },
});
