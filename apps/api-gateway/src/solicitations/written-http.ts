import type { Role } from '@xieshang/contracts';

/** Office and UFWD compose, send and close solicitations. */
export const SOLICITORS: Role[] = ['office', 'ufwd'];
/** Who reads solicitations: the CPC side all of them, a branch those sent to it (written-consultation-service decides which). */
export const SOLICITATION_READERS: Role[] = ['office', 'ufwd', 'leader', 'supervisor', 'party-member', 'party-leader', 'city-observer'];
/** Who reads UFWD's summaries. */
export const SUMMARY_READERS: Role[] = ['office', 'ufwd', 'leader', 'supervisor', 'city-observer'];
/** A branch's people draft replies and submissions. */
export const BRANCH_DRAFTERS: Role[] = ['party-member', 'party-leader'];
/** Who reads submissions: the branch and its author, the CPC side once sent, the government office what reaches the government. */
export const SUBMISSION_READERS: Role[] = ['office', 'ufwd', 'leader', 'supervisor', 'party-member', 'party-leader', 'gov-office', 'city-observer'];
/** The city's UFWD, as UFWD or the city observer of the city tenant, receives the districts' escalations. */
export const ESCALATION_RECEIVERS: Role[] = ['ufwd', 'city-observer'];
/** Who sends materials (departments, offices, UFWD) and invitations (leaders, offices, UFWD). */
export const MATERIAL_SENDERS: Role[] = ['office', 'ufwd', 'department', 'leader', 'gov-office'];
export const MATERIAL_READERS: Role[] = [...MATERIAL_SENDERS, 'party-member', 'party-leader'];
