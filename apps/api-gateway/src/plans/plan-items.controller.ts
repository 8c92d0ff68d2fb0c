import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { cancelPlanItemSchema, type ListResult, type PlanItemView, planItemInputSchema, PlanningSubject, updatePlanItemSchema } from '@xieshang/contracts';
import { type AuthenticatedUser, CurrentUser, Roles } from '@xieshang/platform-auth';
import { ServiceRequester } from '@xieshang/platform-messaging';
import { ID_PARAM } from '../http/id-param.pipe.js';
import { parseListParams } from '../http/list-params.rules.js';
import { bodyOf, ListParams, sendPage, ZodBody } from '../http/route-helpers.js';
import { actorOf, PLAN_EDITORS, PLAN_READERS } from './planning-http.js';
import { CityReadable } from '../city/city-readable.decorator.js';

/** The consultations a plan foresees. Once the plan is published every change needs a `reason` and makes a revision. */
@ApiTags('plan-items')
@ApiBearerAuth()
@Controller('api/v1')
export class PlanItemsController {
  constructor(private readonly services: ServiceRequester) {}

  @CityReadable()
  @Get('plans/:id/items')
  @Roles(...PLAN_READERS)
  @ListParams('{"form":"meeting","meetingType":"thematic","status":"active"}')
  @ApiOkResponse({ description: 'The plan’s items; Content-Range gives the total' })
  async listOfPlan(
    @Param('id', ID_PARAM) id: string,
    @Query() params: Record<string, unknown>,
    @CurrentUser() user: AuthenticatedUser,
    @Res({ passthrough: true }) response: Response,
  ): Promise<PlanItemView[]> {
    const query = parseListParams(params);
    return this.list({ ...query, filter: { ...query.filter, planId: id } }, user, response);
  }

  @CityReadable()
  @Get('plan-items')
  @Roles(...PLAN_READERS)
  @ListParams('{"planId":"…","form":"meeting","status":"active"}')
  @ApiOkResponse({ description: 'Items of the plans the caller may read; Content-Range gives the total' })
  listAll(@Query() params: Record<string, unknown>, @CurrentUser() user: AuthenticatedUser, @Res({ passthrough: true }) response: Response): Promise<PlanItemView[]> {
    return this.list(parseListParams(params), user, response);
  }

  @Post('plans/:id/items')
  @Roles(...PLAN_EDITORS)
  @ZodBody(planItemInputSchema, 'A meeting needs meetingType; plannedMonth or plannedDate (in the plan’s year); reason required once published')
  create(@Param('id', ID_PARAM) id: string, @Body() body: unknown, @CurrentUser() user: AuthenticatedUser): Promise<PlanItemView> {
    return this.services.request<PlanItemView>(PlanningSubject.CreateItem, { ...bodyOf(body), planId: id, ...actorOf(user) });
  }

  @CityReadable()
  @Get('plan-items/:id')
  @Roles(...PLAN_READERS)
  get(@Param('id', ID_PARAM) id: string, @CurrentUser() user: AuthenticatedUser): Promise<PlanItemView> {
    return this.services.request<PlanItemView>(PlanningSubject.GetItem, { id, ...actorOf(user) });
  }

  @Put('plan-items/:id')
  @Roles(...PLAN_EDITORS)
  @ZodBody(updatePlanItemSchema, 'Replaces the item; version as read; reason required once published')
  update(@Param('id', ID_PARAM) id: string, @Body() body: unknown, @CurrentUser() user: AuthenticatedUser): Promise<PlanItemView> {
    return this.services.request<PlanItemView>(PlanningSubject.UpdateItem, { ...bodyOf(body), id, ...actorOf(user) });
  }

  @Post('plan-items/:id/cancel')
  @HttpCode(200)
  @Roles(...PLAN_EDITORS)
  @ZodBody(cancelPlanItemSchema, 'reason required once published')
  cancel(@Param('id', ID_PARAM) id: string, @Body() body: unknown, @CurrentUser() user: AuthenticatedUser): Promise<PlanItemView> {
    return this.services.request<PlanItemView>(PlanningSubject.CancelItem, { ...bodyOf(body), id, ...actorOf(user) });
  }

  private async list(query: ReturnType<typeof parseListParams>, user: AuthenticatedUser, response: Response): Promise<PlanItemView[]> {
    const page = await this.services.request<ListResult<PlanItemView>>(PlanningSubject.ListItems, { ...query, ...actorOf(user) });
    return sendPage(response, 'plan-items', query.range[0], page);
  }
}
