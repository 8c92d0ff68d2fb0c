import { Body, Controller, Get, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import { TenantSubject, type OrgUnitTemplateView } from '@xieshang/contracts';
import { Roles } from '@xieshang/platform-auth';
import { ServiceRequester } from '@xieshang/platform-messaging';

@ApiTags('tenants')
@ApiBearerAuth()
@Controller('api/v1/org-unit-templates')
export class OrgUnitTemplatesController {
  constructor(private readonly services: ServiceRequester) {}

  /** The org units the caller's city gives each new district; the platform administrator may name another city. */
  @Get()
  @Roles('tenant-admin', 'platform-admin', 'city-observer')
  @ApiQuery({ name: 'city', required: false, description: 'A city code; only for the platform administrator' })
  @ApiOkResponse({ description: 'The city and its template entries in order' })
  get(@Query('city') city?: string): Promise<OrgUnitTemplateView> {
    return this.services.request<OrgUnitTemplateView>(TenantSubject.GetOrgUnitTemplate, city ? { city } : {});
  }

  /** Replaces the whole list: `{ units: [{ kind, namePattern: '中共{district}委员会', shortName }] }`. */
  @Put()
  @Roles('tenant-admin', 'platform-admin')
  @ApiOkResponse({ description: 'The template as stored' })
  replace(@Body() body: unknown): Promise<OrgUnitTemplateView> {
    return this.services.request<OrgUnitTemplateView>(TenantSubject.ReplaceOrgUnitTemplate, body);
  }
}
