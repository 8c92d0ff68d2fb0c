import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import {
  commissionResearchTopicSchema,
  createResearchTopicSchema,
  type ListResult,
  PlanningSubject,
  type ResearchTopicView,
  updateResearchTopicSchema,
} from '@xieshang/contracts';
import { type AuthenticatedUser, CurrentUser, Roles } from '@xieshang/platform-auth';
import { ServiceRequester } from '@xieshang/platform-messaging';
import { ID_PARAM } from '../http/id-param.pipe.js';
import { parseListParams } from '../http/list-params.rules.js';
import { bodyOf, ListParams, sendPage, ZodBody } from '../http/route-helpers.js';
import { actorOf, PLAN_EDITORS, PLAN_READERS } from '../plans/planning-http.js';
import { CityReadable } from '../city/city-readable.decorator.js';

/** §5.3: the year's research catalogue, research commissioned to a party, and the 1–2 study tours. */
@ApiTags('research-topics')
@ApiBearerAuth()
@Controller('api/v1/research-topics')
export class ResearchTopicsController {
  constructor(private readonly services: ServiceRequester) {}

  @CityReadable()
  @Get()
  @Roles(...PLAN_READERS)
  @ListParams('{"year":2027,"kind":"study_tour","status":"open"}')
  @ApiOkResponse({ description: 'The year’s topics; a party branch does not see research commissioned to another' })
  async list(@Query() params: Record<string, unknown>, @CurrentUser() user: AuthenticatedUser, @Res({ passthrough: true }) response: Response): Promise<ResearchTopicView[]> {
    const query = parseListParams(params);
    const page = await this.services.request<ListResult<ResearchTopicView>>(PlanningSubject.ListResearchTopics, { ...query, ...actorOf(user) });
    return sendPage(response, 'research-topics', query.range[0], page);
  }

  @CityReadable()
  @Get(':id')
  @Roles(...PLAN_READERS)
  get(@Param('id', ID_PARAM) id: string, @CurrentUser() user: AuthenticatedUser): Promise<ResearchTopicView> {
    return this.services.request<ResearchTopicView>(PlanningSubject.GetResearchTopic, { id, ...actorOf(user) });
  }

  @Post()
  @Roles(...PLAN_EDITORS)
  @ZodBody(createResearchTopicSchema, 'A study tour beyond the year’s maximum answers 409 PLANNING.TOO_MANY_STUDY_TOURS')
  create(@Body() body: unknown, @CurrentUser() user: AuthenticatedUser): Promise<ResearchTopicView> {
    return this.services.request<ResearchTopicView>(PlanningSubject.CreateResearchTopic, { ...bodyOf(body), ...actorOf(user) });
  }

  @Put(':id')
  @Roles(...PLAN_EDITORS)
  @ZodBody(updateResearchTopicSchema)
  update(@Param('id', ID_PARAM) id: string, @Body() body: unknown, @CurrentUser() user: AuthenticatedUser): Promise<ResearchTopicView> {
    return this.send(PlanningSubject.UpdateResearchTopic, id, body, user);
  }

  @Post(':id/choose')
  @HttpCode(200)
  @Roles('party-leader')
  @ApiOkResponse({ description: 'The leader chooses the catalogue topic for their branch' })
  choose(@Param('id', ID_PARAM) id: string, @CurrentUser() user: AuthenticatedUser): Promise<ResearchTopicView> {
    return this.send(PlanningSubject.ChooseResearchTopic, id, {}, user);
  }

  @Post(':id/commission')
  @HttpCode(200)
  @Roles(...PLAN_EDITORS)
  @ZodBody(commissionResearchTopicSchema, 'Commissions key research to a party branch on the committee’s behalf')
  commission(@Param('id', ID_PARAM) id: string, @Body() body: unknown, @CurrentUser() user: AuthenticatedUser): Promise<ResearchTopicView> {
    return this.send(PlanningSubject.CommissionResearchTopic, id, body, user);
  }

  private send(subject: string, id: string, body: unknown, user: AuthenticatedUser): Promise<ResearchTopicView> {
    return this.services.request<ResearchTopicView>(subject, { ...bodyOf(body), id, ...actorOf(user) });
  }
}
