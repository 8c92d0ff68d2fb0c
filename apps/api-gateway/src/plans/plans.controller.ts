import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import {
  approvePlanSchema,
  createPlanSchema,
  type ListResult,
  PlanningSubject,
  type PlanView,
  returnPlanSchema,
  solicitPlanSchema,
  submitPlanSchema,
  updatePlanSchema,
} from '@xieshang/contracts';
import { Roles } from '@xieshang/platform-auth';
import { ServiceRequester } from '@xieshang/platform-messaging';
import { ID_PARAM } from '../http/id-param.pipe.js';
import { parseListParams } from '../http/list-params.rules.js';
import { bodyOf, ListParams, sendPage, ZodBody } from '../http/route-helpers.js';
import { PLAN_EDITORS, PLAN_READERS } from './planning-http.js';
import { CityReadable } from '../city/city-readable.decorator.js';

/** 年度会议协商计划: one plan per district and year, from draft to published. */
@ApiTags('plans')
@ApiBearerAuth()
@Controller('api/v1/plans')
export class PlansController {
  constructor(private readonly services: ServiceRequester) {}

  @CityReadable()
  @Get()
  @Roles(...PLAN_READERS)
  @ListParams('{"year":2027,"status":"draft","q":"协商"}')
  @ApiOkResponse({ description: 'A page of plans (party users: only soliciting and published ones); Content-Range gives the total' })
  async list(@Query() params: Record<string, unknown>, @Res({ passthrough: true }) response: Response): Promise<PlanView[]> {
    const query = parseListParams(params);
    const page = await this.services.request<ListResult<PlanView>>(PlanningSubject.ListPlans, query);
    return sendPage(response, 'plans', query.range[0], page);
  }

  @CityReadable()
  @Get(':id')
  @Roles(...PLAN_READERS)
  @ApiOkResponse({ description: 'The plan with its standing against the yearly minimums and the actions the caller may take' })
  get(@Param('id', ID_PARAM) id: string): Promise<PlanView> {
    return this.services.request<PlanView>(PlanningSubject.GetPlan, { id });
  }

  @Post()
  @Roles(...PLAN_EDITORS)
  @ZodBody(createPlanSchema)
  create(@Body() body: unknown): Promise<PlanView> {
    return this.services.request<PlanView>(PlanningSubject.CreatePlan, bodyOf(body));
  }

  @Put(':id')
  @Roles(...PLAN_EDITORS)
  @ZodBody(updatePlanSchema)
  update(@Param('id', ID_PARAM) id: string, @Body() body: unknown): Promise<PlanView> {
    return this.services.request<PlanView>(PlanningSubject.UpdatePlan, { ...bodyOf(body), id });
  }

  @Post(':id/solicit')
  @HttpCode(200)
  @Roles(...PLAN_EDITORS)
  @ZodBody(solicitPlanSchema, 'Ask the party branches for topics until the deadline')
  solicit(@Param('id', ID_PARAM) id: string, @Body() body: unknown): Promise<PlanView> {
    return this.act(PlanningSubject.SolicitPlan, id, body);
  }

  @Post(':id/submit-for-review')
  @HttpCode(200)
  @Roles(...PLAN_EDITORS)
  @ZodBody(submitPlanSchema, 'Sent to the standing committee; refused while sent suggestions are undecided, and without skipSolicitationReason when the parties were never asked')
  submitForReview(@Param('id', ID_PARAM) id: string, @Body() body: unknown): Promise<PlanView> {
    return this.act(PlanningSubject.SubmitPlanForReview, id, body);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @Roles('leader')
  @ZodBody(approvePlanSchema, 'Below a yearly minimum the approval needs belowMinimumReason (409 PLANNING.MINIMUMS_NOT_MET otherwise)')
  approve(@Param('id', ID_PARAM) id: string, @Body() body: unknown): Promise<PlanView> {
    return this.act(PlanningSubject.ApprovePlan, id, body);
  }

  @Post(':id/return')
  @HttpCode(200)
  @Roles('leader')
  @ZodBody(returnPlanSchema, 'Back to draft, with the reason')
  returnToDraft(@Param('id', ID_PARAM) id: string, @Body() body: unknown): Promise<PlanView> {
    return this.act(PlanningSubject.ReturnPlan, id, body);
  }

  @Post(':id/publish')
  @HttpCode(200)
  @Roles(...PLAN_EDITORS)
  @ApiOkResponse({ description: 'Published: revision 1 is written and every party branch is named in evt.planning.plan.published.v1' })
  publish(@Param('id', ID_PARAM) id: string): Promise<PlanView> {
    return this.act(PlanningSubject.PublishPlan, id, {});
  }

  private act(subject: string, id: string, body: unknown): Promise<PlanView> {
    return this.services.request<PlanView>(subject, { ...bodyOf(body), id });
  }
}
