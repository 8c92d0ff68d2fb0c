import { Injectable } from '@nestjs/common';
import {
  type CurrentPersonView,
  DirectorySubject,
  type InterviewLeaderView,
  InterviewErrorCode,
  type ListResult,
  type OrgUnitKind,
  type OrgUnitView,
  PersonSubject,
  type PersonView,
} from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';
import { ServiceRequester } from '@xieshang/platform-messaging';

/** The kinds of unit that take part as parties (§1.2): democratic parties, non-party people, the federation. */
export const PARTY_KINDS: readonly OrgUnitKind[] = ['democratic_party', 'non_party', 'federation'];

/** Asks directory-service, in the caller's tenant, about the party and the leader of an interview (never inside a transaction). */
@Injectable()
export class InterviewDirectory {
  constructor(private readonly services: ServiceRequester) {}

  /** The party's unit; another tenant's or an unknown id is refused as unknown, a unit that is not a party as such. */
  async party(orgUnitId: string, path = 'partyOrgUnitId'): Promise<OrgUnitView> {
    const page = await this.services.request<ListResult<OrgUnitView>>(DirectorySubject.ListOrgUnits, { filter: { id: [orgUnitId] }, range: [0, 0] });
    const unit = page.items[0];
    if (!unit) throw new AppException(InterviewErrorCode.UnknownOrgUnit, 'No such org unit in this district', { fields: [{ path, message: 'unknown org unit' }] });
    if (!PARTY_KINDS.includes(unit.kind)) {
      throw new AppException(InterviewErrorCode.NotAParty, 'Interviews are held with a party', { fields: [{ path, message: 'not a party' }] });
    }
    return unit;
  }

  /** The leader's name; refused unless the person is of this tenant, enabled, and holds the `leader` role. */
  async leaderName(personId: string, path = 'leaderPersonId'): Promise<string> {
    const unknown = new AppException(InterviewErrorCode.UnknownLeader, 'No leader of this district has that id', { fields: [{ path, message: 'unknown leader' }] });
    const person = await this.services.request<PersonView>(PersonSubject.Get, { id: personId }).catch((error: unknown) => {
      if (error instanceof AppException && (error.code.endsWith('NOT_FOUND') || error.code === 'VALIDATION.INVALID_INPUT')) throw unknown;
      throw error;
    });
    if (!person.enabled || !person.roles.includes('leader')) throw unknown;
    return person.displayName;
  }

  /** The caller's id in the directory, which may differ from their token's subject under another identity provider. */
  async callerPersonId(): Promise<string> {
    return (await this.services.request<CurrentPersonView>(DirectorySubject.CurrentPerson, {})).id;
  }

  /** The enabled people of the tenant with the `leader` role, by name. */
  async leaders(): Promise<InterviewLeaderView[]> {
    const page = await this.services.request<ListResult<PersonView>>(PersonSubject.List, {
      filter: { role: 'leader', enabled: true },
      range: [0, 199],
      sort: ['displayName', 'ASC'],
    });
    return page.items.map((person) => ({ id: person.id, displayName: person.displayName }));
  }

  /** The unit that arranges interviews: UFWD, else the party office; null in a district that has neither. */
  async arrangerOrgUnitId(): Promise<string | null> {
    for (const kind of ['ufwd', 'party_office'] as const) {
      const page = await this.services.request<ListResult<OrgUnitView>>(DirectorySubject.ListOrgUnits, { filter: { kind, active: true }, range: [0, 0] });
      if (page.items[0]) return page.items[0].id;
    }
    return null;
  }
}
