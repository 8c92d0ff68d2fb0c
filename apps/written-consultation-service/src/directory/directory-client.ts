import { Injectable } from '@nestjs/common';
import { DirectorySubject, type ListResult, type OrgUnitKind, type OrgUnitView, TenantSubject, type TenantParentView } from '@xieshang/contracts';
import { ServiceRequester } from '@xieshang/platform-messaging';

/** The kinds of unit that take part as parties (§1.2): democratic parties, non-party people, the federation. */
export const PARTY_KINDS: readonly OrgUnitKind[] = ['democratic_party', 'non_party', 'federation'];

const PAGE = [0, 499] as const;

/** Asks directory-service, in the caller's tenant, about org units and the tenant's city. */
@Injectable()
export class DirectoryClient {
  constructor(private readonly services: ServiceRequester) {}

  async find(ids: readonly string[]): Promise<OrgUnitView[]> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return [];
    const page = await this.services.request<ListResult<OrgUnitView>>(DirectorySubject.ListOrgUnits, { filter: { id: unique }, range: PAGE });
    return page.items;
  }

  /** Short names by id, for views and exported documents. */
  async names(ids: readonly string[]): Promise<Map<string, string>> {
    return new Map((await this.find(ids)).map((unit) => [unit.id, unit.shortName]));
  }

  /** The first unit of a kind (the tenant's UFWD, its party office). */
  async unitOfKind(kind: OrgUnitKind): Promise<OrgUnitView | null> {
    const page = await this.services.request<ListResult<OrgUnitView>>(DirectorySubject.ListOrgUnits, { filter: { kind }, range: [0, 0] });
    return page.items[0] ?? null;
  }

  /** The calling tenant's name and its city. */
  tenant(): Promise<TenantParentView> {
    return this.services.request<TenantParentView>(TenantSubject.Parent, {});
  }
}

export const isPartyBranch = (unit: OrgUnitView): boolean => PARTY_KINDS.includes(unit.kind) && unit.active;
