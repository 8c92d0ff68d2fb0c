import { Injectable } from '@nestjs/common';
import { type ListResult, type PersonListFilter, PersonSubject, type PersonView } from '@xieshang/contracts';
import { ServiceRequester } from '@xieshang/platform-messaging';
import { distinctRecipients, type PeopleQuery, type Recipient, rolesInUnitsOf } from './recipients.rules.js';

const PAGE_SIZE = 500;

/**
 * Asks directory-service, in the event's tenant, who the members of units and the holders of
 * roles are. Asked before the inbox transaction opens (never inside it); a directory that does not
 * answer fails the event, which is redelivered later.
 */
@Injectable()
export class DirectoryPeople {
  constructor(private readonly services: ServiceRequester) {}

  async resolve(query: PeopleQuery): Promise<Recipient[]> {
    const orgUnitRoles = [...query.orgUnitRoles, ...(await this.rolesInUnitsOf(query.rolesInUnitsOf))];
    const filters: PersonListFilter[] = [
      ...query.orgUnitIds.map((orgUnitId) => ({ orgUnitId, enabled: true })),
      ...query.roles.map((role) => ({ role, enabled: true })),
      ...orgUnitRoles.map(({ orgUnitId, role }) => ({ orgUnitId, role, enabled: true })),
      ...(query.personIds.length > 0 ? [{ id: query.personIds, enabled: true }] : []),
    ];
    const pages = await Promise.all(filters.map((filter) => this.all(filter)));
    return distinctRecipients(pages.flat());
  }

  /** The units of some people, whether or not they may still sign in: the unit stays the one to tell. */
  private async rolesInUnitsOf(wanted: PeopleQuery['rolesInUnitsOf']): Promise<PeopleQuery['orgUnitRoles']> {
    if (wanted.personIds.length === 0 || wanted.roles.length === 0) return [];
    return rolesInUnitsOf(await this.all({ id: wanted.personIds }), wanted.roles);
  }

  private async all(filter: PersonListFilter): Promise<PersonView[]> {
    const people: PersonView[] = [];
    for (let from = 0; ; from += PAGE_SIZE) {
      const page = await this.services.request<ListResult<PersonView>>(PersonSubject.List, { filter, range: [from, from + PAGE_SIZE - 1] });
      people.push(...page.items);
      if (page.items.length < PAGE_SIZE || people.length >= page.total) return people;
    }
  }
}
