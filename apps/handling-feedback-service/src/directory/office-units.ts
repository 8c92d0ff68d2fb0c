import { Injectable } from '@nestjs/common';
import { DirectoryOrgUnits } from './directory-org-units.js';

/** The tenant's organising units, whose people receive a case's tasks. */
export interface OfficeUnits {
  ufwd: string | null;
  partyOffice: string | null;
  govOffice: string | null;
}

/** Asked before a write's transaction opens (no NATS request inside one). */
@Injectable()
export class OfficeUnitsSource {
  constructor(private readonly directory: DirectoryOrgUnits) {}

  async units(): Promise<OfficeUnits> {
    const [ufwd, partyOffice, govOffice] = await Promise.all([
      this.directory.unitOfKind('ufwd'),
      this.directory.unitOfKind('party_office'),
      this.directory.unitOfKind('gov_office'),
    ]);
    return { ufwd, partyOffice, govOffice };
  }
}
