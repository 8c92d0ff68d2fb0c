import { Injectable } from '@nestjs/common';
import { DirectorySubject, HandlingErrorCode, type ListResult, type OrgUnitKind, type OrgUnitView } from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';
import { ServiceRequester } from '@xieshang/platform-messaging';

const PAGE = [0, 499] as const;

/** Asks directory-service, in the caller's tenant, about the departments and parties a case names. */
@Injectable()
export class DirectoryOrgUnits {
  constructor(private readonly services: ServiceRequester) {}

  async find(ids: readonly string[]): Promise<OrgUnitView[]> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return [];
    const page = await this.services.request<ListResult<OrgUnitView>>(DirectorySubject.ListOrgUnits, { filter: { id: unique }, range: PAGE });
    return page.items;
  }

  /** Refuses, naming the field, any id that is not an active department of the tenant. */
  async assertDepartments(fields: readonly { path: string; id: string }[]): Promise<void> {
    const units = new Map((await this.find(fields.map((field) => field.id))).map((unit) => [unit.id, unit]));
    const bad = fields.filter((field) => units.get(field.id)?.kind !== 'department' || !units.get(field.id)?.active);
    if (bad.length > 0) {
      throw new AppException(HandlingErrorCode.UnknownDepartment, 'Not a department of this district', {
        fields: bad.map((field) => ({ path: field.path, message: 'must be an active department of this district' })),
      });
    }
  }

  /** The tenant's unit of one kind (UFWD, the party office, the government office), to address its tasks. */
  async unitOfKind(kind: OrgUnitKind): Promise<string | null> {
    const page = await this.services.request<ListResult<OrgUnitView>>(DirectorySubject.ListOrgUnits, { filter: { kind, active: true }, range: [0, 0] });
    return page.items[0]?.id ?? null;
  }

  /** The full name of the tenant's unit of one kind (UFWD issues the year-end report). */
  async nameOfKind(kind: OrgUnitKind): Promise<string | null> {
    const page = await this.services.request<ListResult<OrgUnitView>>(DirectorySubject.ListOrgUnits, { filter: { kind }, range: [0, 0] });
    return page.items[0]?.name ?? null;
  }

  /** Names by id, for reports. */
  async names(ids: readonly string[]): Promise<Map<string, string>> {
    return new Map((await this.find(ids)).map((unit) => [unit.id, unit.shortName]));
  }
}
