import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { createSolicitationSchema, type DocumentDescriptor, type ListResult, type SolicitationView, updateSolicitationSchema, WrittenSubject } from '@xieshang/contracts';
import { Roles } from '@xieshang/platform-auth';
import { ServiceRequester } from '@xieshang/platform-messaging';
import { CityReadable } from '../city/city-readable.decorator.js';
import { DocumentDownload, DocumentTransfer, DocumentUpload } from '../documents/index.js';
import { ID_PARAM } from '../http/id-param.pipe.js';
import { parseListParams } from '../http/list-params.rules.js';
import { bodyOf, ListParams, sendPage, ZodBody } from '../http/route-helpers.js';
import { SOLICITATION_READERS, SOLICITORS } from './written-http.js';

/** 书面征求意见: a document out to chosen party branches for their opinions by a deadline. */
@ApiTags('solicitations')
@ApiBearerAuth()
@Controller('api/v1/solicitations')
export class SolicitationsController {
  constructor(
    private readonly services: ServiceRequester,
    private readonly documents: DocumentTransfer,
  ) {}

  @CityReadable()
  @Get()
  @Roles(...SOLICITATION_READERS)
  @ListParams('{"status":"sent","q":"规划"}')
  @ApiOkResponse({ description: 'A page of solicitations (a branch: those sent to it); Content-Range gives the total' })
  async list(@Query() params: Record<string, unknown>, @Res({ passthrough: true }) response: Response): Promise<SolicitationView[]> {
    const query = parseListParams(params);
    const page = await this.services.request<ListResult<SolicitationView>>(WrittenSubject.ListSolicitations, query);
    return sendPage(response, 'solicitations', query.range[0], page);
  }

  @CityReadable()
  @Get(':id')
  @Roles(...SOLICITATION_READERS)
  @ApiOkResponse({ description: 'The solicitation with who opened and who answered (a branch: its own line; its first reading is recorded)' })
  get(@Param('id', ID_PARAM) id: string): Promise<SolicitationView> {
    return this.services.request<SolicitationView>(WrittenSubject.GetSolicitation, { id });
  }

  @Post()
  @Roles(...SOLICITORS)
  @ZodBody(createSolicitationSchema, 'A draft to party branches only (422 VALIDATION.NOT_A_PARTY_BRANCH), with a deadline ahead (422 VALIDATION.REPLY_DEADLINE_PASSED)')
  create(@Body() body: unknown): Promise<SolicitationView> {
    return this.services.request<SolicitationView>(WrittenSubject.CreateSolicitation, bodyOf(body));
  }

  @Put(':id')
  @Roles(...SOLICITORS)
  @ZodBody(updateSolicitationSchema, 'Only a draft is edited (409 WRITTEN.SOLICITATION_NOT_IN_STATE)')
  update(@Param('id', ID_PARAM) id: string, @Body() body: unknown): Promise<SolicitationView> {
    return this.services.request<SolicitationView>(WrittenSubject.UpdateSolicitation, { ...bodyOf(body), id });
  }

  @Post(':id/send')
  @HttpCode(200)
  @Roles(...SOLICITORS)
  @ApiOkResponse({ description: 'Sent: each branch gets a task to answer, the reminder and the deadline are scheduled' })
  send(@Param('id', ID_PARAM) id: string): Promise<SolicitationView> {
    return this.services.request<SolicitationView>(WrittenSubject.SendSolicitation, { id });
  }

  @Post(':id/close')
  @HttpCode(200)
  @Roles(...SOLICITORS)
  @ApiOkResponse({ description: 'Closed: no more replies (409 WRITTEN.SOLICITATION_CLOSED for any that come)' })
  close(@Param('id', ID_PARAM) id: string): Promise<SolicitationView> {
    return this.services.request<SolicitationView>(WrittenSubject.CloseSolicitation, { id });
  }

  @Post(':id/attachments')
  @HttpCode(200)
  @Roles(...SOLICITORS)
  @DocumentUpload('The document (征求意见稿) or an explanation, attached to a draft')
  async attach(@Param('id', ID_PARAM) id: string, @Req() request: Request): Promise<SolicitationView> {
    const document = await this.documents.receive(request);
    return this.services.request<SolicitationView>(WrittenSubject.AttachToSolicitation, { id, document });
  }

  @CityReadable()
  @Get(':id/attachments/:attachmentId')
  @Roles(...SOLICITATION_READERS)
  @DocumentDownload('An attachment, for those who may read the solicitation')
  async download(@Param('id', ID_PARAM) id: string, @Param('attachmentId', ID_PARAM) attachmentId: string, @Res() response: Response): Promise<void> {
    const document = await this.services.request<DocumentDescriptor>(WrittenSubject.GetSolicitationAttachment, { id, attachmentId });
    await this.documents.send(response, document);
  }
}
