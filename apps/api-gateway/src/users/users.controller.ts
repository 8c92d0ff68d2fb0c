import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { PersonSubject, type ListResult, type PersonView } from '@xieshang/contracts';
import { Roles } from '@xieshang/platform-auth';
import { ServiceRequester } from '@xieshang/platform-messaging';
import { parseListParams } from '../http/list-params.rules.js';
import { sendPage } from '../http/route-helpers.js';
import { withPathId } from '../http/path-id.rules.js';

/** Who may look people up: the administrator who keeps them, and the leaders and supervisors who follow the work. */
const READERS = ['tenant-admin', 'leader', 'supervisor'] as const;

/** The console's `users` resource: people of the caller's tenant, as directory-service keeps them. */
@ApiTags('users')
@ApiBearerAuth()
@Controller('api/v1/users')
export class UsersController {
  constructor(private readonly services: ServiceRequester) {}

  @Get()
  @Roles(...READERS, 'city-observer')
  @ApiQuery({ name: 'filter', required: false, description: 'JSON: {"orgUnitId":"…","role":"ufwd","enabled":true,"q":"李","id":[…]}' })
  @ApiQuery({ name: 'range', required: false, description: 'JSON: [0,24]' })
  @ApiQuery({ name: 'sort', required: false, description: 'JSON: ["username","ASC"]' })
  @ApiOkResponse({ description: 'A page of people; Content-Range gives the total' })
  async list(@Query() params: Record<string, unknown>, @Res({ passthrough: true }) response: Response): Promise<PersonView[]> {
    const query = parseListParams(params);
    const page = await this.services.request<ListResult<PersonView>>(PersonSubject.List, query);
    return sendPage(response, 'users', query.range[0], page);
  }

  /** Another tenant's person is not found (404), never forbidden. */
  @Get(':id')
  @Roles(...READERS, 'city-observer')
  @ApiOkResponse({ description: 'One person of the caller’s tenant, without any password data' })
  get(@Param('id') id: string): Promise<PersonView> {
    return this.services.request<PersonView>(PersonSubject.Get, { id });
  }

  @Post()
  @Roles('tenant-admin')
  @ApiOkResponse({ description: 'The new person: {username, displayName, orgUnitId, roles, password}; a taken username is 409' })
  create(@Body() body: unknown): Promise<PersonView> {
    return this.services.request<PersonView>(PersonSubject.Create, body);
  }

  @Put(':id')
  @Roles('tenant-admin')
  @ApiOkResponse({ description: 'The changed person: {displayName, orgUnitId, roles, version}; a stale version is 409' })
  update(@Param('id') id: string, @Body() body: unknown): Promise<PersonView> {
    return this.services.request<PersonView>(PersonSubject.Update, withPathId(id, body));
  }

  @Post(':id/disable')
  @HttpCode(200)
  @Roles('tenant-admin')
  @ApiOkResponse({ description: 'The person, disabled: they can no longer sign in' })
  disable(@Param('id') id: string): Promise<PersonView> {
    return this.services.request<PersonView>(PersonSubject.Disable, { id });
  }

  @Post(':id/enable')
  @HttpCode(200)
  @Roles('tenant-admin')
  @ApiOkResponse({ description: 'The person, able to sign in again' })
  enable(@Param('id') id: string): Promise<PersonView> {
    return this.services.request<PersonView>(PersonSubject.Enable, { id });
  }

  @Post(':id/password')
  @HttpCode(200)
  @Roles('tenant-admin')
  @ApiOkResponse({ description: 'The person, with the new password {password} set (at least 10 characters)' })
  setPassword(@Param('id') id: string, @Body() body: unknown): Promise<PersonView> {
    return this.services.request<PersonView>(PersonSubject.SetPassword, withPathId(id, body));
  }
}
