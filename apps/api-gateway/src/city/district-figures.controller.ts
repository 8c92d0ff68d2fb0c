import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { TenantSubject, type DistrictFiguresView } from '@xieshang/contracts';
import { Roles } from '@xieshang/platform-auth';
import { ServiceRequester } from '@xieshang/platform-messaging';
import { contentRange, parseListParams } from '../http/list-params.rules.js';

@ApiTags('city')
@ApiBearerAuth()
@Controller('api/v1/district-figures')
export class DistrictFiguresController {
  constructor(private readonly services: ServiceRequester) {}

  /** Per district of the caller's city (every district for the platform administrator): org units, people, and the year's plan. */
  @Get()
  @Roles('city-observer', 'platform-admin', 'leader')
  @ApiQuery({ name: 'filter', required: false, description: 'JSON: {"year":2027}; this year when left out' })
  @ApiOkResponse({ description: '[{ code, name, orgUnits, activeOrgUnits, people, enabledPeople, plan: { year, status, minimums } }]' })
  async list(@Query() params: Record<string, unknown>, @Res({ passthrough: true }) response: Response): Promise<DistrictFiguresView[]> {
    const { filter } = parseListParams(params);
    const figures = await this.services.request<DistrictFiguresView[]>(TenantSubject.DistrictFigures, { filter });
    response.setHeader('Content-Range', contentRange('district-figures', 0, figures.length, figures.length));
    return figures;
  }
}
