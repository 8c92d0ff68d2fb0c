import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { DirectorySubject, OrgUnitSubject, type ListResult, type OrgUnitView } from '@xieshang/contracts';
import { CreateOrgUnitHandler } from './commands/create-org-unit/create-org-unit.handler.js';
import { ReactivateOrgUnitHandler } from './commands/reactivate-org-unit/reactivate-org-unit.handler.js';
import { RetireOrgUnitHandler } from './commands/retire-org-unit/retire-org-unit.handler.js';
import { UpdateOrgUnitHandler } from './commands/update-org-unit/update-org-unit.handler.js';
import { GetOrgUnitHandler } from './queries/get-org-unit/get-org-unit.handler.js';
import { ListOrgUnitsHandler } from './queries/list-org-units/list-org-units.handler.js';

@Controller()
export class OrgUnitsNatsController {
  constructor(
    private readonly listOrgUnits: ListOrgUnitsHandler,
    private readonly getOrgUnit: GetOrgUnitHandler,
    private readonly createOrgUnit: CreateOrgUnitHandler,
    private readonly updateOrgUnit: UpdateOrgUnitHandler,
    private readonly retireOrgUnit: RetireOrgUnitHandler,
    private readonly reactivateOrgUnit: ReactivateOrgUnitHandler,
  ) {}

  @MessagePattern(DirectorySubject.ListOrgUnits)
  list(@Payload() payload: unknown): Promise<ListResult<OrgUnitView>> {
    return this.listOrgUnits.execute(payload);
  }

  @MessagePattern(OrgUnitSubject.Get)
  get(@Payload() payload: unknown): Promise<OrgUnitView> {
    return this.getOrgUnit.execute(payload);
  }

  @MessagePattern(OrgUnitSubject.Create)
  create(@Payload() payload: unknown): Promise<OrgUnitView> {
    return this.createOrgUnit.execute(payload);
  }

  @MessagePattern(OrgUnitSubject.Update)
  update(@Payload() payload: unknown): Promise<OrgUnitView> {
    return this.updateOrgUnit.execute(payload);
  }

  @MessagePattern(OrgUnitSubject.Retire)
  retire(@Payload() payload: unknown): Promise<OrgUnitView> {
    return this.retireOrgUnit.execute(payload);
  }

  @MessagePattern(OrgUnitSubject.Reactivate)
  reactivate(@Payload() payload: unknown): Promise<OrgUnitView> {
    return this.reactivateOrgUnit.execute(payload);
  }
}
