import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { DirectorySubject, type ListResult, type OrgUnitView } from '@xieshang/contracts';
import { ListOrgUnitsHandler } from './queries/list-org-units/list-org-units.handler.js';

@Controller()
export class OrgUnitsNatsController {
  constructor(private readonly listOrgUnits: ListOrgUnitsHandler) {}

  @MessagePattern(DirectorySubject.ListOrgUnits)
  list(@Payload() payload: unknown): Promise<ListResult<OrgUnitView>> {
    return this.listOrgUnits.execute(payload);
  }
}
