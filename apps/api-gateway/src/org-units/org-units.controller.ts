import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DirectorySubject, OrgUnitSubject, type ListResult, type OrgUnitView } from '@xieshang/contracts';
import { Roles } from '@xieshang/platform-auth';
import { ServiceRequester } from '@xieshang/platform-messaging';
import { parseListParams } from '../http/list-params.rules.js';
import { sendPage } from '../http/route-helpers.js';
import { withPathId } from '../http/path-id.rules.js';
import { CityReadable } from '../city/city-readable.decorator.js';

/** Everyone working in a tenant reads its org units (to pick participants, lead units, recipients). */
const TENANT_ROLES = ['tenant-admin', 'office', 'ufwd', 'gov-office', 'party-member', 'party-leader', 'department', 'leader', 'supervisor'] as const;

@ApiTags('org-units')
@ApiBearerAuth()
@Controller('api/v1/org-units')
export class OrgUnitsController {
  constructor(private readonly services: ServiceRequester) {}

  @CityReadable()
  @Get()
  @Roles(...TENANT_ROLES, 'city-observer')
  @ApiQuery({ name: 'filter', required: false, description: 'JSON: {"kind":"department","active":true,"q":"局","id":[…]}' })
  @ApiQuery({ name: 'range', required: false, description: 'JSON: [0,24]' })
  @ApiQuery({ name: 'sort', required: false, description: 'JSON: ["name","ASC"]' })
  @ApiOkResponse({ description: 'A page of org units; Content-Range gives the total' })
  async list(@Query() params: Record<string, unknown>, @Res({ passthrough: true }) response: Response): Promise<OrgUnitView[]> {
    const query = parseListParams(params);
    const page = await this.services.request<ListResult<OrgUnitView>>(DirectorySubject.ListOrgUnits, query);
    return sendPage(response, 'org-units', query.range[0], page);
  }

  /** Another tenant's unit is not found (404), never forbidden: its existence is not disclosed. */
  @CityReadable()
  @Get(':id')
  @Roles(...TENANT_ROLES, 'city-observer')
  @ApiOkResponse({ description: 'One org unit of the caller’s tenant' })
  get(@Param('id') id: string): Promise<OrgUnitView> {
    return this.services.request<OrgUnitView>(OrgUnitSubject.Get, { id });
  }

  @Post()
  @Roles('tenant-admin')
  @ApiOkResponse({ description: 'The new org unit: {kind, name, shortName}; a name taken in the tenant is 409' })
  create(@Body() body: unknown): Promise<OrgUnitView> {
    return this.services.request<OrgUnitView>(OrgUnitSubject.Create, body);
  }

  @Put(':id')
  @Roles('tenant-admin')
  @ApiOkResponse({ description: 'The renamed org unit: {name, shortName, version}; a stale version is 409' })
  update(@Param('id') id: string, @Body() body: unknown): Promise<OrgUnitView> {
    return this.services.request<OrgUnitView>(OrgUnitSubject.Update, withPathId(id, body));
  }

  @Post(':id/retire')
  @HttpCode(200)
  @Roles('tenant-admin')
  @ApiOkResponse({ description: 'The unit, retired: it stays on records and in lists, and receives no new people' })
  retire(@Param('id') id: string): Promise<OrgUnitView> {
    return this.services.request<OrgUnitView>(OrgUnitSubject.Retire, { id });
  }

  @Post(':id/reactivate')
  @HttpCode(200)
  @Roles('tenant-admin')
  @ApiOkResponse({ description: 'The unit, in use again' })
  reactivate(@Param('id') id: string): Promise<OrgUnitView> {
    return this.services.request<OrgUnitView>(OrgUnitSubject.Reactivate, { id });
  }
}
