import type { Role } from '@xieshang/contracts';

/** Everyone of a district who reads cases; handling-feedback-service keeps each to its own (a department's, a party's). */
export const CASE_READERS: Role[] = ['office', 'ufwd', 'gov-office', 'leader', 'supervisor', 'department', 'party-member', 'party-leader'];
/** Office and UFWD register an opinion by hand. */
export const CASE_REGISTRARS: Role[] = ['office', 'ufwd'];
/** The party office and the government office assign, review and extend. */
export const CASE_ASSIGNERS: Role[] = ['office', 'gov-office'];
/** A party rates the reply it received. */
export const CASE_RATERS: Role[] = ['party-leader', 'party-member'];
