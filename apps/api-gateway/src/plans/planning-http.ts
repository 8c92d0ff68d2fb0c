import type { Role } from '@xieshang/contracts';

/**
 * Everyone of a district who reads the published plan, and the city observer reading a district's
 * (with `X-Tenant`); what each sees is decided by planning-service.
 */
export const PLAN_READERS: Role[] = ['office', 'ufwd', 'leader', 'supervisor', 'tenant-admin', 'party-member', 'party-leader', 'department', 'gov-office', 'city-observer'];
/** Office and UFWD draft, solicit, submit, publish and revise. */
export const PLAN_EDITORS: Role[] = ['office', 'ufwd'];
