import { Injectable } from '@nestjs/common';
import { DirectorySubject, type ListResult, type OrgUnitKind, type OrgUnitView } from '@xieshang/contracts';
import { ServiceRequester } from '@xieshang/platform-messaging';

/** The kinds of unit that take part as parties (§1.2): democratic parties, non-party people, the federation. */
export const PARTY_KINDS: readonly OrgUnitKind[] = ['democratic_party', 'non_party', 'federation'];

const PAGE = [0, 499] as const;

/** Asks directory-service, in the caller's tenant, about the org units a plan names. */
@Injectable()
export class DirectoryOrgUnits {
  constructor(private readonly services: ServiceRequester) {}

  /** The units among `ids` that exist in the caller's tenant. */
  async find(ids: readonly string[]): Promise<OrgUnitView[]> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return [];
    const page = await this.services.request<ListResult<OrgUnitView>>(DirectorySubject.ListOrgUnits, { filter: { id: unique }, range: PAGE });
    return page.items;
  }

  async knownIds(ids: readonly string[]): Promise<Set<string>> {
    return new Set((await this.find(ids)).map((unit) => unit.id));
  }

  /** Every party branch of the tenant: who is to be told of a published or revised plan. */
  async partyOrgUnitIds(): Promise<string[]> {
    const lists = await Promise.all(
      PARTY_KINDS.map((kind) => this.services.request<ListResult<OrgUnitView>>(DirectorySubject.ListOrgUnits, { filter: { kind, active: true }, range: PAGE })),
    );
    return lists.flatMap((list) => list.items.map((unit) => unit.id));
  }

  /** The full name of the tenant's unit of one kind (the party office issues the plan's notice). */
  async nameOfKind(kind: OrgUnitKind): Promise<string | null> {
    const page = await this.services.request<ListResult<OrgUnitView>>(DirectorySubject.ListOrgUnits, { filter: { kind }, range: [0, 0] });
    return page.items[0]?.name ?? null;
  }

  /** Short names by id, for exported documents. */
  async names(ids: readonly string[]): Promise<Map<string, string>> {
    return new Map((await this.find(ids)).map((unit) => [unit.id, unit.shortName]));
  }
}
