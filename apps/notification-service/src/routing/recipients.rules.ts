import type { Role } from '@xieshang/contracts';
import type { Recipients } from './notice-route.js';

/** What to ask the directory: members of units, holders of roles, named people, and the units of some people. */
export interface PeopleQuery {
  orgUnitIds: string[];
  personIds: string[];
  roles: Role[];
  orgUnitRoles: Array<{ orgUnitId: string; role: Role }>;
  /** Holders of `roles` in the units `personIds` belong to, asked once those units are known. */
  rolesInUnitsOf: { personIds: string[]; roles: Role[] };
}

const distinct = <T>(values: readonly T[]): T[] => [...new Set(values)];

/**
 * The directory questions for a row's recipients. A confidential record (a personnel
 * consultation) reaches only its own audience: the roles told besides are dropped.
 */
export const peopleQueryOf = (recipients: Recipients): PeopleQuery => {
  const audienceOnly = recipients.confidential === true;
  const inUnitsOf = recipients.rolesInUnitsOf;
  return {
    orgUnitIds: distinct(recipients.orgUnitIds ?? []),
    personIds: distinct(recipients.personIds ?? []),
    roles: audienceOnly ? [] : distinct(recipients.roles ?? []),
    orgUnitRoles: audienceOnly
      ? []
      : distinct((recipients.orgUnitRoles ?? []).flatMap(({ orgUnitId, roles }) => roles.map((role) => `${orgUnitId} ${role}`))).map((key) => {
          const [orgUnitId, role] = key.split(' ') as [string, Role];
          return { orgUnitId, role };
        }),
    rolesInUnitsOf: audienceOnly || !inUnitsOf ? { personIds: [], roles: [] } : { personIds: distinct(inUnitsOf.personIds), roles: distinct(inUnitsOf.roles) },
  };
};

export const isEmptyQuery = (query: PeopleQuery): boolean =>
  query.orgUnitIds.length +
    query.personIds.length +
    query.roles.length +
    query.orgUnitRoles.length +
    Math.min(query.rolesInUnitsOf.personIds.length, query.rolesInUnitsOf.roles.length) ===
  0;

/** The roles asked for in the units the people found belong to: each unit and role once, nobody without a unit. */
export const rolesInUnitsOf = (people: ReadonlyArray<{ orgUnitId: string | null }>, roles: readonly Role[]): Array<{ orgUnitId: string; role: Role }> =>
  distinct(people.flatMap((person) => (person.orgUnitId ? [person.orgUnitId] : []))).flatMap((orgUnitId) => roles.map((role) => ({ orgUnitId, role })));

/** A person the directory named, as far as telling them needs. */
export interface Recipient {
  id: string;
  username: string;
  displayName: string;
  orgUnitId: string | null;
}

/** Each person once, whichever question found them; disabled people are not told. */
export const distinctRecipients = (found: ReadonlyArray<Recipient & { enabled: boolean }>): Recipient[] => {
  const byId = new Map<string, Recipient>();
  for (const person of found) {
    if (person.enabled && !byId.has(person.id)) byId.set(person.id, { id: person.id, username: person.username, displayName: person.displayName, orgUnitId: person.orgUnitId });
  }
  return [...byId.values()];
};
