import type { Role } from '@xieshang/contracts';
import type { Recipients } from './notice-route.js';

/** What to ask the directory: members of units, holders of roles, named people. */
export interface PeopleQuery {
  orgUnitIds: string[];
  personIds: string[];
  roles: Role[];
  orgUnitRoles: Array<{ orgUnitId: string; role: Role }>;
}

const distinct = <T>(values: readonly T[]): T[] => [...new Set(values)];

/**
 * The directory questions for a row's recipients. A confidential record (a personnel
 * consultation) reaches only its own audience: the roles told besides are dropped.
 */
export const peopleQueryOf = (recipients: Recipients): PeopleQuery => {
  const audienceOnly = recipients.confidential === true;
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
  };
};

export const isEmptyQuery = (query: PeopleQuery): boolean =>
  query.orgUnitIds.length + query.personIds.length + query.roles.length + query.orgUnitRoles.length === 0;

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
