import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { TenantSubject, type CreatedTenantView, type ListResult, type TenantView } from '@xieshang/contracts';
import { Roles } from '@xieshang/platform-auth';
import { ServiceRequester } from '@xieshang/platform-messaging';
import { parseListParams } from '../http/list-params.rules.js';
import { sendPage } from '../http/route-helpers.js';

@ApiTags('tenants')
@ApiBearerAuth()
@Controller('api/v1/tenants')
export class TenantsController {
  constructor(private readonly services: ServiceRequester) {}

  /** Adds a district under a city, with its org units from the city's template and its first tenant administrator. */
  @Post()
  @Roles('platform-admin')
  @ApiCreatedResponse({ description: 'The new district, its first administrator and how many org units it got' })
  create(@Body() body: unknown): Promise<CreatedTenantView> {
    return this.services.request<CreatedTenantView>(TenantSubject.Create, body);
  }

  @Get()
  @Roles('platform-admin', 'city-observer', 'tenant-admin')
  @ApiQuery({ name: 'filter', required: false, description: 'JSON: {"kind":"district","parentCode":"bazhong","q":"恩阳"}' })
  @ApiQuery({ name: 'range', required: false, description: 'JSON: [0,24]' })
  @ApiQuery({ name: 'sort', required: false, description: 'JSON: ["name","ASC"]' })
  @ApiOkResponse({ description: 'All tenants (platform administrator), the city and its districts (city observer), or one’s own' })
  async list(@Query() params: Record<string, unknown>, @Res({ passthrough: true }) response: Response): Promise<TenantView[]> {
    const query = parseListParams(params);
    const page = await this.services.request<ListResult<TenantView>>(TenantSubject.List, query);
    return sendPage(response, 'tenants', query.range[0], page);
  }

  @Get(':code')
  @Roles('platform-admin', 'city-observer', 'tenant-admin')
  @ApiOkResponse({ description: 'One tenant the caller may see; others answer 404' })
  get(@Param('code') code: string): Promise<TenantView> {
    return this.services.request<TenantView>(TenantSubject.Get, { code });
  }
}
