import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import {
  acceptSuggestionSchema,
  createSuggestionSchema,
  declineSuggestionSchema,
  type ListResult,
  PlanningSubject,
  type PlanSuggestionView,
  returnSuggestionSchema,
  updateSuggestionSchema,
} from '@xieshang/contracts';
import { type AuthenticatedUser, CurrentUser, Roles } from '@xieshang/platform-auth';
import { ServiceRequester } from '@xieshang/platform-messaging';
import { ID_PARAM } from '../http/id-param.pipe.js';
import { parseListParams } from '../http/list-params.rules.js';
import { bodyOf, ListParams, sendPage, ZodBody } from '../http/route-helpers.js';
import { actorOf, PLAN_EDITORS } from '../plans/planning-http.js';
import { CityReadable } from '../city/city-readable.decorator.js';

const READERS = ['office', 'ufwd', 'leader', 'supervisor', 'tenant-admin', 'party-member', 'party-leader', 'city-observer'] as const;

/**
 * Topics the party branches propose for the plan: a member drafts for their own branch (the org
 * unit of their token), the branch's leader sends it, office or UFWD accept or decline it.
 */
@ApiTags('plan-suggestions')
@ApiBearerAuth()
@Controller('api/v1/plan-suggestions')
export class PlanSuggestionsController {
  constructor(private readonly services: ServiceRequester) {}

  @CityReadable()
  @Get()
  @Roles(...READERS)
  @ListParams('{"planId":"…","status":"sent"}')
  @ApiOkResponse({ description: 'Party users: their branch’s suggestions; the CPC side: those sent and decided' })
  async list(@Query() params: Record<string, unknown>, @CurrentUser() user: AuthenticatedUser, @Res({ passthrough: true }) response: Response): Promise<PlanSuggestionView[]> {
    const query = parseListParams(params);
    const page = await this.services.request<ListResult<PlanSuggestionView>>(PlanningSubject.ListSuggestions, { ...query, ...actorOf(user) });
    return sendPage(response, 'plan-suggestions', query.range[0], page);
  }

  @CityReadable()
  @Get(':id')
  @Roles(...READERS)
  get(@Param('id', ID_PARAM) id: string, @CurrentUser() user: AuthenticatedUser): Promise<PlanSuggestionView> {
    return this.services.request<PlanSuggestionView>(PlanningSubject.GetSuggestion, { id, ...actorOf(user) });
  }

  @Post()
  @Roles('party-member')
  @ZodBody(createSuggestionSchema, 'While the plan is soliciting; the branch is the caller’s own')
  create(@Body() body: unknown, @CurrentUser() user: AuthenticatedUser): Promise<PlanSuggestionView> {
    return this.services.request<PlanSuggestionView>(PlanningSubject.CreateSuggestion, { ...bodyOf(body), ...actorOf(user) });
  }

  @Put(':id')
  @Roles('party-member')
  @ZodBody(updateSuggestionSchema)
  update(@Param('id', ID_PARAM) id: string, @Body() body: unknown, @CurrentUser() user: AuthenticatedUser): Promise<PlanSuggestionView> {
    return this.send(PlanningSubject.UpdateSuggestion, id, body, user);
  }

  @Post(':id/submit')
  @HttpCode(200)
  @Roles('party-member')
  @ApiOkResponse({ description: 'To the branch’s leader (awaiting_leader); it is not sent yet' })
  submit(@Param('id', ID_PARAM) id: string, @CurrentUser() user: AuthenticatedUser): Promise<PlanSuggestionView> {
    return this.send(PlanningSubject.SubmitSuggestion, id, {}, user);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @Roles('party-leader')
  @ApiOkResponse({ description: 'The branch’s leader sends it to office and UFWD' })
  approve(@Param('id', ID_PARAM) id: string, @CurrentUser() user: AuthenticatedUser): Promise<PlanSuggestionView> {
    return this.send(PlanningSubject.ApproveSuggestion, id, {}, user);
  }

  @Post(':id/return')
  @HttpCode(200)
  @Roles('party-leader')
  @ZodBody(returnSuggestionSchema, 'Back to draft with a note for the member')
  returnToDraft(@Param('id', ID_PARAM) id: string, @Body() body: unknown, @CurrentUser() user: AuthenticatedUser): Promise<PlanSuggestionView> {
    return this.send(PlanningSubject.ReturnSuggestion, id, body, user);
  }

  @Post(':id/accept')
  @HttpCode(200)
  @Roles(...PLAN_EDITORS)
  @ZodBody(acceptSuggestionSchema, 'Makes a plan item proposed by the party and linked to the suggestion')
  accept(@Param('id', ID_PARAM) id: string, @Body() body: unknown, @CurrentUser() user: AuthenticatedUser): Promise<PlanSuggestionView> {
    return this.send(PlanningSubject.AcceptSuggestion, id, body, user);
  }

  @Post(':id/decline')
  @HttpCode(200)
  @Roles(...PLAN_EDITORS)
  @ZodBody(declineSuggestionSchema, 'The reason is shown to the party')
  decline(@Param('id', ID_PARAM) id: string, @Body() body: unknown, @CurrentUser() user: AuthenticatedUser): Promise<PlanSuggestionView> {
    return this.send(PlanningSubject.DeclineSuggestion, id, body, user);
  }

  private send(subject: string, id: string, body: unknown, user: AuthenticatedUser): Promise<PlanSuggestionView> {
    return this.services.request<PlanSuggestionView>(subject, { ...bodyOf(body), id, ...actorOf(user) });
  }
}
