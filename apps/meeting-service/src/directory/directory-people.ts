import { Injectable } from '@nestjs/common';
import { type ListResult, PersonSubject, type PersonView } from '@xieshang/contracts';
import { ServiceRequester } from '@xieshang/platform-messaging';

/**
 * Asks directory-service, in the caller's tenant, which of the people a meeting invites exist
 * there: another tenant's person is not found, as an unknown id is. Never inside a transaction.
 */
@Injectable()
export class DirectoryPeople {
  constructor(private readonly services: ServiceRequester) {}

  async knownIds(ids: readonly string[]): Promise<Set<string>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Set();
    const page = await this.services.request<ListResult<PersonView>>(PersonSubject.List, { filter: { id: unique }, range: [0, unique.length - 1] });
    return new Set(page.items.map((person) => person.id));
  }
}
