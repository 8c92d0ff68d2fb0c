import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import {
  acceptCaseSchema,
  closeCaseSchema,
  type CaseView,
  HandlingSubject,
  type ListResult,
  mergeCasesSchema,
  recordAdoptionSchema,
  registerCaseSchema,
  splitCaseSchema,
} from '@xieshang/contracts';
import { Roles } from '@xieshang/platform-auth';
import { ServiceRequester } from '@xieshang/platform-messaging';
import { ID_PARAM } from '../http/id-param.pipe.js';
import { parseListParams } from '../http/list-params.rules.js';
import { bodyOf, ListParams, sendPage, ZodBody } from '../http/route-helpers.js';
import { CASE_READERS, CASE_REGISTRARS } from './cases-http.js';

/** 协商意见办理: cases from opinions, their triage by UFWD and the document-revision track. */
@ApiTags('cases')
@ApiBearerAuth()
@Controller('api/v1/cases')
export class CasesController {
  constructor(private readonly services: ServiceRequester) {}

  @Get()
  @Roles(...CASE_READERS)
  @ListParams('{"queue":true,"status":"assigned","year":2027,"overdue":true}')
  @ApiOkResponse({ description: 'Cases the caller may read (a department its own, a party its own); `queue` keeps what waits for the caller; Content-Range gives the total' })
  async list(@Query() params: Record<string, unknown>, @Res({ passthrough: true }) response: Response): Promise<CaseView[]> {
    const query = parseListParams(params);
    const page = await this.services.request<ListResult<CaseView>>(HandlingSubject.ListCases, query);
    return sendPage(response, 'cases', query.range[0], page);
  }

  @Get(':id')
  @Roles(...CASE_READERS)
  @ApiOkResponse({ description: 'The case with its parties, co-handlers, ratings and whole history' })
  get(@Param('id', ID_PARAM) id: string): Promise<CaseView> {
    return this.services.request<CaseView>(HandlingSubject.GetCase, { id });
  }

  @Post()
  @Roles(...CASE_REGISTRARS)
  @ZodBody(registerCaseSchema, 'An opinion that reached the office or UFWD outside the platform')
  register(@Body() body: unknown): Promise<CaseView> {
    return this.services.request<CaseView>(HandlingSubject.RegisterCase, bodyOf(body));
  }

  @Post(':id/accept')
  @HttpCode(200)
  @Roles('ufwd')
  @ZodBody(acceptCaseSchema, 'On the document-revision track (with the drafting department) or the actionable track')
  accept(@Param('id', ID_PARAM) id: string, @Body() body: unknown): Promise<CaseView> {
    return this.act(HandlingSubject.AcceptCase, id, body);
  }

  @Post(':id/merge')
  @HttpCode(200)
  @Roles('ufwd')
  @ZodBody(mergeCasesSchema, 'The duplicates fold into this case; every party stays linked and is told the result')
  merge(@Param('id', ID_PARAM) id: string, @Body() body: unknown): Promise<CaseView> {
    return this.act(HandlingSubject.MergeCases, id, body);
  }

  @Post(':id/split')
  @HttpCode(200)
  @Roles('ufwd')
  @ZodBody(splitCaseSchema, 'Two or more cases, each with every party of this one')
  split(@Param('id', ID_PARAM) id: string, @Body() body: unknown): Promise<CaseView> {
    return this.act(HandlingSubject.SplitCase, id, body);
  }

  @Post(':id/close')
  @HttpCode(200)
  @Roles('ufwd')
  @ZodBody(closeCaseSchema, 'No handling needed; the parties see the reason')
  close(@Param('id', ID_PARAM) id: string, @Body() body: unknown): Promise<CaseView> {
    return this.act(HandlingSubject.CloseCase, id, body);
  }

  @Post(':id/adoption')
  @HttpCode(200)
  @Roles('department')
  @ZodBody(recordAdoptionSchema, 'The drafting department: adopted, partly adopted or not adopted, with the reason')
  adoption(@Param('id', ID_PARAM) id: string, @Body() body: unknown): Promise<CaseView> {
    return this.act(HandlingSubject.RecordAdoption, id, body);
  }

  private act(subject: string, id: string, body: unknown): Promise<CaseView> {
    return this.services.request<CaseView>(subject, { ...bodyOf(body), id });
  }
}
