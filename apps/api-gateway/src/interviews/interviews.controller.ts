import { Body, Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import {
  declineInterviewSchema,
  type DocumentDescriptor,
  type InterviewLeaderView,
  InterviewSubject,
  type InterviewView,
  inviteInterviewSchema,
  type ListResult,
  recordInterviewSchema,
  requestInterviewSchema,
  type Role,
  scheduleInterviewSchema,
} from '@xieshang/contracts';
import { Roles } from '@xieshang/platform-auth';
import { ServiceRequester } from '@xieshang/platform-messaging';
import { DocumentDownload, DocumentTransfer, DocumentUpload } from '../documents/index.js';
import { ID_PARAM } from '../http/id-param.pipe.js';
import { parseListParams } from '../http/list-params.rules.js';
import { bodyOf, ListParams, sendPage, ZodBody } from '../http/route-helpers.js';
import { CityReadable } from '../city/city-readable.decorator.js';

/**
 * The CPC side, supervisors, party users (meeting-service shows them only their own party's), and
 * a city observer reading one district with `X-Tenant`.
 */
const READERS: Role[] = ['office', 'ufwd', 'leader', 'supervisor', 'party-member', 'party-leader', 'city-observer'];
const ARRANGERS: Role[] = ['office', 'ufwd'];
const CPC_SIDE: Role[] = ['leader', ...ARRANGERS];

/**
 * 约谈协商: a CPC leader invites a party's leaders (or UFWD/the office for them), or a party's
 * leader asks through UFWD; arranged, held and recorded, or declined with a reason.
 */
@ApiTags('interviews')
@ApiBearerAuth()
@Controller('api/v1/interviews')
export class InterviewsController {
  constructor(
    private readonly services: ServiceRequester,
    private readonly documents: DocumentTransfer,
  ) {}

  @CityReadable()
  @Get()
  @Roles(...READERS)
  @ListParams('{"status":"requested","origin":"party"}')
  @ApiOkResponse({ description: 'Party users: their party’s interviews; the CPC side and supervisors: all of the district' })
  async list(@Query() params: Record<string, unknown>, @Res({ passthrough: true }) response: Response): Promise<InterviewView[]> {
    const query = parseListParams(params);
    const page = await this.services.request<ListResult<InterviewView>>(InterviewSubject.List, query);
    return sendPage(response, 'interviews', query.range[0], page);
  }

  // Declared before `:id`, which would otherwise take "leaders" for an id.
  @Get('leaders')
  @Roles(...ARRANGERS)
  @ApiOkResponse({ description: 'The district’s leaders an interview may be arranged with' })
  leaders(): Promise<InterviewLeaderView[]> {
    return this.services.request<InterviewLeaderView[]>(InterviewSubject.Leaders, null);
  }

  @CityReadable()
  @Get(':id')
  @Roles(...READERS)
  @ApiOkResponse({ description: 'The interview with its steps and the opinions raised' })
  get(@Param('id', ID_PARAM) id: string): Promise<InterviewView> {
    return this.services.request<InterviewView>(InterviewSubject.Get, { id });
  }

  @Post()
  @Roles(...CPC_SIDE)
  @ZodBody(inviteInterviewSchema, 'A leader invites for themself; UFWD or the office name the leader. With startsAt and place it is arranged at once')
  invite(@Body() body: unknown): Promise<InterviewView> {
    return this.services.request<InterviewView>(InterviewSubject.Invite, bodyOf(body));
  }

  @Post('requests')
  @Roles('party-leader')
  @ZodBody(requestInterviewSchema, 'For the caller’s own party; UFWD arranges it')
  request(@Body() body: unknown): Promise<InterviewView> {
    return this.services.request<InterviewView>(InterviewSubject.Request, bodyOf(body));
  }

  @Post(':id/schedule')
  @HttpCode(200)
  @Roles(...ARRANGERS)
  @ZodBody(scheduleInterviewSchema, 'A time still to come and a place; the leader if none is named yet')
  schedule(@Param('id', ID_PARAM) id: string, @Body() body: unknown): Promise<InterviewView> {
    return this.send(InterviewSubject.Schedule, id, body);
  }

  @Post(':id/decline')
  @HttpCode(200)
  @Roles(...CPC_SIDE, 'party-leader')
  @ZodBody(declineInterviewSchema, 'The CPC side, or the invited party’s leader for an invitation; the reason is shown to both sides')
  decline(@Param('id', ID_PARAM) id: string, @Body() body: unknown): Promise<InterviewView> {
    return this.send(InterviewSubject.Decline, id, body);
  }

  @Post(':id/hold')
  @HttpCode(200)
  @Roles(...CPC_SIDE)
  @ApiOkResponse({ description: 'The interview took place; it waits to be recorded' })
  hold(@Param('id', ID_PARAM) id: string): Promise<InterviewView> {
    return this.send(InterviewSubject.Hold, id, {});
  }

  @Post(':id/record')
  @HttpCode(200)
  @Roles(...CPC_SIDE)
  @ZodBody(recordInterviewSchema, 'The summary and the opinions raised; each opinion is handed to handling-feedback once')
  record(@Param('id', ID_PARAM) id: string, @Body() body: unknown): Promise<InterviewView> {
    return this.send(InterviewSubject.Record, id, body);
  }

  @Post(':id/documents')
  @Roles(...CPC_SIDE, 'party-leader')
  @DocumentUpload('A document sent in advance with the information, before the interview is held; by the CPC side or the party’s leader')
  async attach(@Param('id', ID_PARAM) id: string, @Req() request: Request): Promise<InterviewView> {
    const document = await this.documents.receive(request);
    return this.services.request<InterviewView>(InterviewSubject.AttachDocument, { id, document });
  }

  @CityReadable()
  @Get(':id/documents/:documentId')
  @Roles(...READERS)
  @DocumentDownload('A document of the interview, to whoever may see the interview')
  async download(@Param('id', ID_PARAM) id: string, @Param('documentId', ID_PARAM) documentId: string, @Res() response: Response): Promise<void> {
    const document = await this.services.request<DocumentDescriptor>(InterviewSubject.GetDocument, { id, documentId });
    await this.documents.send(response, document);
  }

  private send(subject: string, id: string, body: unknown): Promise<InterviewView> {
    return this.services.request<InterviewView>(subject, { ...bodyOf(body), id });
  }
}
