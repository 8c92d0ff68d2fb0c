import type { Role } from '../common/roles.js';
import type { OrgUnitKind } from './org-unit-kind.js';

const PARTY_BRANCH_KINDS: readonly OrgUnitKind[] = ['democratic_party', 'non_party', 'federation'];

/**
 * The kinds of org unit a role is held in (DOMAIN.md, "Who takes part" and "People and roles"):
 * party roles in a party branch, `department` in a department, each office role in its office.
 * Supervision sits with the committee or either office; a role not listed here (tenant-admin,
 * and the platform's and the city's own) may be held in any unit.
 */
export const ROLE_ORG_UNIT_KINDS: Partial<Record<Role, readonly OrgUnitKind[]>> = {
  'party-member': PARTY_BRANCH_KINDS,
  'party-leader': PARTY_BRANCH_KINDS,
  department: ['department'],
  office: ['party_office'],
  ufwd: ['ufwd'],
  'gov-office': ['gov_office'],
  leader: ['party_committee'],
  supervisor: ['party_committee', 'party_office', 'gov_office'],
};
