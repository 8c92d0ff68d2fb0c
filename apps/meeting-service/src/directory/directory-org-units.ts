import { Injectable } from '@nestjs/common';
import { DirectorySubject, type ListResult, type OrgUnitView } from '@xieshang/contracts';
import { ServiceRequester } from '@xieshang/platform-messaging';

const PAGE = [0, 499] as const;

/** Asks directory-service, in the caller's tenant, which of the org units a meeting names exist there. */
@Injectable()
export class DirectoryOrgUnits {
  constructor(private readonly services: ServiceRequester) {}

  async knownIds(ids: readonly string[]): Promise<Set<string>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Set();
    const page = await this.services.request<ListResult<OrgUnitView>>(DirectorySubject.ListOrgUnits, { filter: { id: unique }, range: PAGE });
    return new Set(page.items.map((unit) => unit.id));
  }
}
