import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DirectorySubject, type ListResult, type OrgUnitView } from '@xieshang/contracts';
import { Roles } from '@xieshang/platform-auth';
import { ServiceRequester } from '@xieshang/platform-messaging';
import { contentRange, parseListParams } from '../http/list-params.rules.js';

/** Everyone working in a tenant reads its org units (to pick participants, lead units, recipients). */
const TENANT_ROLES = ['tenant-admin', 'office', 'ufwd', 'gov-office', 'party-member', 'party-leader', 'department', 'leader', 'supervisor'] as const;

@ApiTags('org-units')
@ApiBearerAuth()
@Controller('api/v1/org-units')
export class OrgUnitsController {
  constructor(private readonly services: ServiceRequester) {}

  @Get()
  @Roles(...TENANT_ROLES)
  @ApiQuery({ name: 'filter', required: false, description: 'JSON: {"kind":"department","active":true,"q":"局","id":[…]}' })
  @ApiQuery({ name: 'range', required: false, description: 'JSON: [0,24]' })
  @ApiQuery({ name: 'sort', required: false, description: 'JSON: ["name","ASC"]' })
  @ApiOkResponse({ description: 'A page of org units; Content-Range gives the total' })
  async list(@Query() params: Record<string, unknown>, @Res({ passthrough: true }) response: Response): Promise<OrgUnitView[]> {
    const query = parseListParams(params);
    const page = await this.services.request<ListResult<OrgUnitView>>(DirectorySubject.ListOrgUnits, query);
    response.setHeader('Content-Range', contentRange('org-units', query.range[0], page.items.length, page.total));
    return page.items;
  }
}
