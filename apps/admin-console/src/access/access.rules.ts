import { ROLES, type Role } from '@xieshang/contracts';

/** The resources of the console, as the gateway names them under `/api/v1`. */
export const CONSOLE_RESOURCES = [
  'tenants',
  'notices',
  'plans',
  'plan-items',
  'plan-suggestions',
  'research-topics',
  'interviews',
  'org-units',
  'users',
  'settings',
  'audit-events',
  'solicitations',
  'replies',
  'submissions',
  'materials',
  'escalations',
  'meetings',
  'notice-deliveries',
  'cases',
] as const;
export type ConsoleResource = (typeof CONSOLE_RESOURCES)[number];

/** Roles that look at a city's districts from above and may pick one in the tenant switcher. */
export const CITY_ROLES = ['city-observer', 'platform-admin'] as const;

/** Everyone who works inside one district: every role but the city's. */
const TENANT_ROLES = ROLES.filter((role) => !(CITY_ROLES as readonly Role[]).includes(role));

/** Office and UFWD run the annual plan: draft, solicit, submit, publish, revise. */
const PLAN_EDITORS = ['office', 'ufwd'] as const;

/** Everyone of a district who reads the plan; the gateway decides which plans and items each sees. */
const PLAN_READERS = [
  'office',
  'ufwd',
  'leader',
  'supervisor',
  'tenant-admin',
  'party-member',
  'party-leader',
  'department',
  'gov-office',
] as const;

/** Who reads written consultations: the CPC side every one, a branch those sent to it (the gateway decides). */
const WRITTEN_READERS = ['office', 'ufwd', 'leader', 'supervisor', 'party-member', 'party-leader'] as const;
const BRANCH_ROLES = ['party-member', 'party-leader'] as const;
const MATERIAL_SENDERS = ['office', 'ufwd', 'department', 'leader', 'gov-office'] as const;

/** Who reads each resource in their own tenant (DOMAIN.md, "People and roles"). */
const READERS: Record<ConsoleResource, readonly string[]> = {
  tenants: CITY_ROLES,
  notices: TENANT_ROLES,
  plans: PLAN_READERS,
  'plan-items': PLAN_READERS,
  'plan-suggestions': ['office', 'ufwd', 'leader', 'supervisor', 'tenant-admin', 'party-member', 'party-leader'],
  'research-topics': PLAN_READERS,
  interviews: ['office', 'ufwd', 'leader', 'supervisor', 'party-member', 'party-leader'],
  'org-units': TENANT_ROLES,
  users: ['tenant-admin', 'leader', 'supervisor'],
  settings: ['tenant-admin', 'leader', 'office', 'ufwd'],
  'audit-events': ['tenant-admin', 'leader', 'supervisor'],
  solicitations: WRITTEN_READERS,
  replies: WRITTEN_READERS,
  submissions: [...WRITTEN_READERS, 'gov-office'],
  materials: [...MATERIAL_SENDERS, ...BRANCH_ROLES],
  escalations: ['ufwd', 'city-observer'],
  meetings: ['office', 'ufwd', 'leader', 'supervisor', 'party-member', 'party-leader', 'department', 'gov-office'],
  'notice-deliveries': ['tenant-admin'],
  cases: ['office', 'ufwd', 'gov-office', 'leader', 'supervisor', 'department', 'party-member', 'party-leader'],
};

/**
 * Who reads a district's records from the city, once that district is picked in the switcher:
 * the consultation records and the org units they name, never its people, audit trail or settings.
 */
const DISTRICT_READERS: Partial<Record<ConsoleResource, readonly string[]>> = {
  plans: ['city-observer'],
  'plan-items': ['city-observer'],
  'plan-suggestions': ['city-observer'],
  'research-topics': ['city-observer'],
  interviews: ['city-observer'],
  'org-units': CITY_ROLES,
  solicitations: ['city-observer'],
  meetings: ['city-observer'],
};

/** Who changes each resource: create, edit, and the actions (retire, disable, reset …). */
const WRITERS: Record<ConsoleResource, readonly string[]> = {
  tenants: ['platform-admin'],
  notices: [],
  plans: PLAN_EDITORS,
  'plan-items': PLAN_EDITORS,
  'plan-suggestions': ['party-member'],
  'research-topics': PLAN_EDITORS,
  // A leader, office or UFWD invite; a party's leader asks (the form follows the role).
  interviews: ['leader', ...PLAN_EDITORS, 'party-leader'],
  'org-units': ['tenant-admin'],
  users: ['tenant-admin'],
  settings: ['tenant-admin'],
  'audit-events': [],
  solicitations: PLAN_EDITORS,
  replies: BRANCH_ROLES,
  submissions: BRANCH_ROLES,
  materials: MATERIAL_SENDERS,
  escalations: ['ufwd', 'city-observer'],
  meetings: PLAN_EDITORS,
  'notice-deliveries': [],
  // Registering by hand; each step on a case is offered by the case's own rules (cases/case-actions.rules.ts).
  cases: ['office', 'ufwd'],
};

/**
 * Actions kept to other roles than the resource's writers: the leader decides on the plan, a
 * branch's leader sends its suggestions, office and UFWD decide on what was sent, and everyone of
 * a district marks the notices they read.
 */
const ACTION_WRITERS: Partial<Record<ConsoleResource, Record<string, readonly string[]>>> = {
  notices: { read: TENANT_ROLES },
  plans: { approve: ['leader'], return: ['leader'] },
  'plan-suggestions': { approve: ['party-leader'], return: ['party-leader'], accept: PLAN_EDITORS, decline: PLAN_EDITORS },
  'research-topics': { choose: ['party-leader'] },
  solicitations: { summarise: ['ufwd'] },
  replies: { submit: ['party-leader'], return: ['party-leader'] },
  submissions: { submit: ['party-leader'], forward: ['ufwd'], escalate: ['ufwd'] },
  materials: { confirm: BRANCH_ROLES },
  // A meeting's invited parties read, prepare and raise their opinions; the lead unit records the minutes.
  meetings: {
    'confirm-reading': ['party-member', 'party-leader'],
    'prepared-opinions': ['party-member', 'party-leader'],
    'approve-prepared-opinion': ['party-leader'],
    opinions: ['office', 'ufwd', 'party-member', 'party-leader'],
    'record-prepared': ['office', 'ufwd'],
    documents: ['office', 'ufwd', 'department'],
    'minutes-attachment': ['office', 'ufwd', 'department'],
    'record-minutes': ['office', 'ufwd', 'department'],
  },
  interviews: { attach: ['leader', ...PLAN_EDITORS, 'party-leader'], schedule: PLAN_EDITORS, hold: ['leader', ...PLAN_EDITORS], record: ['leader', ...PLAN_EDITORS], decline: ['leader', ...PLAN_EDITORS, 'party-leader'] },
};

/** Actions that only read; every other action changes records. */
const READ_ACTIONS = new Set(['list', 'show', 'export']);

export interface AccessSituation {
  roles: readonly string[];
  /** A city user is looking at one district through the tenant switcher. */
  districtSelected: boolean;
}

const holdsAny = (roles: readonly string[], allowed: readonly string[] | undefined): boolean =>
  allowed !== undefined && roles.some((role) => allowed.includes(role));

const isConsoleResource = (resource: string): resource is ConsoleResource =>
  (CONSOLE_RESOURCES as readonly string[]).includes(resource);

export const isCityUser = (roles: readonly string[]): boolean => holdsAny(roles, CITY_ROLES);

/**
 * Whether the console offers an action on a resource. The gateway decides for itself; this only
 * keeps menus and buttons to what the person may use. While a district is picked nothing is
 * written: the city reads its districts and changes nothing there.
 */
export const mayAccess = (situation: AccessSituation, resource: string, action: string): boolean => {
  if (!isConsoleResource(resource)) return false;
  const { roles, districtSelected } = situation;
  if (!READ_ACTIONS.has(action)) {
    const special = ACTION_WRITERS[resource];
    const writers = special && Object.hasOwn(special, action) ? special[action] : WRITERS[resource];
    return !districtSelected && holdsAny(roles, writers);
  }
  if (holdsAny(roles, READERS[resource])) return true;
  return districtSelected && holdsAny(roles, DISTRICT_READERS[resource]);
};
