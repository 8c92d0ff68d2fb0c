import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { orgUnitIdSchema, type OrgUnitView } from '@xieshang/contracts';
import { parseInput } from '@xieshang/platform-errors';
import { inCurrentTenant } from '@xieshang/platform-persistence';
import { changeOrgUnitState } from '../change-org-unit-state.js';

/** Brings a retired org unit back into use. */
@Injectable()
export class ReactivateOrgUnitHandler {
  constructor(private readonly dataSource: DataSource) {}

  execute(input: unknown): Promise<OrgUnitView> {
    const { id } = parseInput(orgUnitIdSchema, input);
    return inCurrentTenant(this.dataSource, (manager) => changeOrgUnitState(manager, id, true));
  }
}
