import { Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { type DocumentDescriptor, documentUploadQuerySchema, findDocumentSchema, MeetingSubject, type MeetingView } from '@xieshang/contracts';
import { Roles } from '@xieshang/platform-auth';
import { parseInput } from '@xieshang/platform-errors';
import { ServiceRequester } from '@xieshang/platform-messaging';
import { DocumentDownload, DocumentTransfer, DocumentUpload } from '../documents/index.js';
import { ID_PARAM } from '../http/id-param.pipe.js';
import { MEETING_ORGANISERS, MEETING_READERS } from './meetings-http.js';

const documentVersionSchema = findDocumentSchema.pick({ version: true });

/** Who uploads a meeting's files: its organisers, and a department leading it (meeting-service decides which). */
const UPLOADERS = [...MEETING_ORGANISERS, 'department'] as const;

/**
 * A meeting's documents (文件稿) with their versions, and the minutes' attachment. The bytes go
 * to document storage here; meeting-service records them and decides who may fetch them.
 */
@ApiTags('meetings')
@ApiBearerAuth()
@Controller('api/v1/meetings/:id')
export class MeetingDocumentsController {
  constructor(
    private readonly services: ServiceRequester,
    private readonly documents: DocumentTransfer,
  ) {}

  @Post('documents')
  @Roles(...UPLOADERS)
  @ApiQuery({ name: 'title', required: false, description: "The document's title; its file name when left out" })
  @ApiQuery({ name: 'documentId', required: false, description: 'Adds the next version of this document' })
  @DocumentUpload('A document (文件稿) of the meeting, or a new version of one')
  async upload(@Param('id', ID_PARAM) id: string, @Query() query: Record<string, unknown>, @Req() request: Request): Promise<MeetingView> {
    const target = parseInput(documentUploadQuerySchema, query);
    const file = await this.documents.receive(request);
    return this.services.request<MeetingView>(MeetingSubject.AddDocument, { ...target, id, file });
  }

  @Get('documents/:documentId')
  @Roles(...MEETING_READERS)
  @ApiQuery({ name: 'version', required: false, description: 'The version to fetch; the latest when left out' })
  @DocumentDownload("A version of the meeting's document, to its invitees and organisers only (404 to anyone else)")
  async download(
    @Param('id', ID_PARAM) id: string,
    @Param('documentId', ID_PARAM) documentId: string,
    @Query('version') version: unknown,
    @Res() response: Response,
  ): Promise<void> {
    const wanted = version === undefined ? {} : parseInput(documentVersionSchema, { version: Number(version) });
    const document = await this.services.request<DocumentDescriptor>(MeetingSubject.FindDocument, { id, documentId, ...wanted });
    await this.documents.send(response, document);
  }

  @Post('minutes-attachment')
  @Roles(...UPLOADERS)
  @DocumentUpload('The minutes (会议纪要) as a file, once the meeting is held')
  async attachMinutes(@Param('id', ID_PARAM) id: string, @Req() request: Request): Promise<MeetingView> {
    const file = await this.documents.receive(request);
    return this.services.request<MeetingView>(MeetingSubject.AttachMinutes, { id, file });
  }

  @Get('minutes-attachment')
  @Roles(...MEETING_READERS)
  @DocumentDownload("The minutes' attachment, to whoever may read the minutes")
  async minutesAttachment(@Param('id', ID_PARAM) id: string, @Res() response: Response): Promise<void> {
    const document = await this.services.request<DocumentDescriptor>(MeetingSubject.FindMinutesAttachment, { id });
    await this.documents.send(response, document);
  }
}
