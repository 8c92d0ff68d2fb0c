import type { Role } from '@xieshang/contracts';

/** Who reads meetings at all; meeting-service decides which (a party only those it is invited to). */
export const MEETING_READERS: Role[] = ['office', 'ufwd', 'leader', 'supervisor', 'party-member', 'party-leader', 'department', 'gov-office', 'city-observer'];
/** Office and UFWD organise meetings (DOMAIN.md "People and roles"). */
export const MEETING_ORGANISERS: Role[] = ['office', 'ufwd'];
/** The members of an invited party. */
export const PARTY_USERS: Role[] = ['party-member', 'party-leader'];
