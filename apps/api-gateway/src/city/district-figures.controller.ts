import { Controller, Get, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { TenantSubject, type DistrictFiguresView } from '@xieshang/contracts';
import { Roles } from '@xieshang/platform-auth';
import { ServiceRequester } from '@xieshang/platform-messaging';
import { contentRange } from '../http/list-params.rules.js';

@ApiTags('city')
@ApiBearerAuth()
@Controller('api/v1/district-figures')
export class DistrictFiguresController {
  constructor(private readonly services: ServiceRequester) {}

  /** Per district of the caller's city (every district for the platform administrator): org units and people. */
  @Get()
  @Roles('city-observer', 'platform-admin', 'leader')
  @ApiOkResponse({ description: '[{ code, name, orgUnits, activeOrgUnits, people, enabledPeople }]' })
  async list(@Res({ passthrough: true }) response: Response): Promise<DistrictFiguresView[]> {
    const figures = await this.services.request<DistrictFiguresView[]>(TenantSubject.DistrictFigures, null);
    response.setHeader('Content-Range', contentRange('district-figures', 0, figures.length, figures.length));
    return figures;
  }
}
