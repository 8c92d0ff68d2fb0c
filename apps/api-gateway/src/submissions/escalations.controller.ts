import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { decideEscalationSchema, type EscalationView, type ListResult, WrittenSubject } from '@xieshang/contracts';
import { Roles } from '@xieshang/platform-auth';
import { ServiceRequester } from '@xieshang/platform-messaging';
import { ID_PARAM } from '../http/id-param.pipe.js';
import { parseListParams } from '../http/list-params.rules.js';
import { bodyOf, ListParams, sendPage, ZodBody } from '../http/route-helpers.js';
import { ESCALATION_RECEIVERS } from '../solicitations/written-http.js';

/** What the districts raised to this city (§3.3), each naming its district, and the city's decision. */
@ApiTags('escalations')
@ApiBearerAuth()
@Controller('api/v1/escalations')
export class EscalationsController {
  constructor(private readonly services: ServiceRequester) {}

  @Get()
  @Roles(...ESCALATION_RECEIVERS)
  @ListParams('{"status":"received","originTenantId":"bazhou"}')
  @ApiOkResponse({ description: 'A page of the research reports the districts raised to this tenant' })
  async list(@Query() params: Record<string, unknown>, @Res({ passthrough: true }) response: Response): Promise<EscalationView[]> {
    const query = parseListParams(params);
    const page = await this.services.request<ListResult<EscalationView>>(WrittenSubject.ListEscalations, query);
    return sendPage(response, 'escalations', query.range[0], page);
  }

  @Get(':id')
  @Roles(...ESCALATION_RECEIVERS)
  @ApiOkResponse({ description: 'One escalated report with its origin' })
  get(@Param('id', ID_PARAM) id: string): Promise<EscalationView> {
    return this.services.request<EscalationView>(WrittenSubject.GetEscalation, { id });
  }

  @Post(':id/decide')
  @HttpCode(200)
  @Roles(...ESCALATION_RECEIVERS)
  @ZodBody(decideEscalationSchema, 'Accepted or returned, with a note; the decision goes back to the district')
  decide(@Param('id', ID_PARAM) id: string, @Body() body: unknown): Promise<EscalationView> {
    return this.services.request<EscalationView>(WrittenSubject.DecideEscalation, { ...bodyOf(body), id });
  }
}
