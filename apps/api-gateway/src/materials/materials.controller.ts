import { Body, Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { type DocumentDescriptor, type ListResult, type MaterialView, sendMaterialSchema, WrittenSubject } from '@xieshang/contracts';
import { Roles } from '@xieshang/platform-auth';
import { ServiceRequester } from '@xieshang/platform-messaging';
import { DocumentDownload, DocumentTransfer, DocumentUpload } from '../documents/index.js';
import { ID_PARAM } from '../http/id-param.pipe.js';
import { parseListParams } from '../http/list-params.rules.js';
import { bodyOf, ListParams, sendPage, ZodBody } from '../http/route-helpers.js';
import { BRANCH_DRAFTERS, MATERIAL_READERS, MATERIAL_SENDERS } from '../solicitations/written-http.js';

/** 知情明政 (§5.2, §5.4): materials and invitations to party branches; only the sender and the recipients see them. */
@ApiTags('materials')
@ApiBearerAuth()
@Controller('api/v1/materials')
export class MaterialsController {
  constructor(
    private readonly services: ServiceRequester,
    private readonly documents: DocumentTransfer,
  ) {}

  @Get()
  @Roles(...MATERIAL_READERS)
  @ListParams('{"kind":"statistics","q":"经济"}')
  @ApiOkResponse({ description: 'What the caller’s unit sent or received' })
  async list(@Query() params: Record<string, unknown>, @Res({ passthrough: true }) response: Response): Promise<MaterialView[]> {
    const query = parseListParams(params);
    const page = await this.services.request<ListResult<MaterialView>>(WrittenSubject.ListMaterials, query);
    return sendPage(response, 'materials', query.range[0], page);
  }

  @Get(':id')
  @Roles(...MATERIAL_READERS)
  @ApiOkResponse({ description: 'One material; the sender sees every branch’s confirmation, a recipient its own' })
  get(@Param('id', ID_PARAM) id: string): Promise<MaterialView> {
    return this.services.request<MaterialView>(WrittenSubject.GetMaterial, { id });
  }

  @Post()
  @Roles(...MATERIAL_SENDERS)
  @ZodBody(sendMaterialSchema, 'Sent at once to party branches; an invitation names its time (eventAt) and reaches the branch leaders')
  send(@Body() body: unknown): Promise<MaterialView> {
    return this.services.request<MaterialView>(WrittenSubject.SendMaterial, bodyOf(body));
  }

  @Post(':id/confirm')
  @HttpCode(200)
  @Roles(...BRANCH_DRAFTERS)
  @ApiOkResponse({ description: 'The branch confirms it has read it (已阅)' })
  confirm(@Param('id', ID_PARAM) id: string): Promise<MaterialView> {
    return this.services.request<MaterialView>(WrittenSubject.ConfirmMaterial, { id });
  }

  @Post(':id/attachments')
  @HttpCode(200)
  @Roles(...MATERIAL_SENDERS)
  @DocumentUpload('A file of the material, attached by the unit that sent it')
  async attach(@Param('id', ID_PARAM) id: string, @Req() request: Request): Promise<MaterialView> {
    const document = await this.documents.receive(request);
    return this.services.request<MaterialView>(WrittenSubject.AttachToMaterial, { id, document });
  }

  @Get(':id/attachments/:attachmentId')
  @Roles(...MATERIAL_READERS)
  @DocumentDownload('A file of the material, for its sender and its recipients')
  async download(@Param('id', ID_PARAM) id: string, @Param('attachmentId', ID_PARAM) attachmentId: string, @Res() response: Response): Promise<void> {
    const document = await this.services.request<DocumentDescriptor>(WrittenSubject.GetMaterialAttachment, { id, attachmentId });
    await this.documents.send(response, document);
  }
}
