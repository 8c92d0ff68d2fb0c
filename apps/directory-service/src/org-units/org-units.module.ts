import { Module } from '@nestjs/common';
import { CreateOrgUnitHandler } from './commands/create-org-unit/create-org-unit.handler.js';
import { ReactivateOrgUnitHandler } from './commands/reactivate-org-unit/reactivate-org-unit.handler.js';
import { RetireOrgUnitHandler } from './commands/retire-org-unit/retire-org-unit.handler.js';
import { UpdateOrgUnitHandler } from './commands/update-org-unit/update-org-unit.handler.js';
import { GetOrgUnitHandler } from './queries/get-org-unit/get-org-unit.handler.js';
import { ListOrgUnitsHandler } from './queries/list-org-units/list-org-units.handler.js';

/** The tenant's org units: read by everyone working in it, kept by its tenant administrator. */
@Module({
  providers: [ListOrgUnitsHandler, GetOrgUnitHandler, CreateOrgUnitHandler, UpdateOrgUnitHandler, RetireOrgUnitHandler, ReactivateOrgUnitHandler],
})
export class OrgUnitsModule {}
