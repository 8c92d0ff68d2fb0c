/**
 * Documents in a feature's routes. An upload, then the descriptor to the service:
 *
 *   @Post(':id/documents')
 *   @Roles(...MEETING_EDITORS)
 *   @DocumentUpload('A document (文件稿) of the meeting')
 *   async attach(@Param('id', ID_PARAM) id: string, @Req() request: Request): Promise<MeetingView> {
 *     const document = await this.documents.receive(request);
 *     return this.services.request<MeetingView>(MeetingSubject.AttachDocument, { meetingId: id, document });
 *   }
 *
 * A download, once the service has found the record for this caller:
 *
 *   @Get(':id/documents/:documentId')
 *   @DocumentDownload('The document as uploaded')
 *   async download(@Param('id', ID_PARAM) id: string, @Param('documentId', ID_PARAM) documentId: string, @Res() response: Response): Promise<void> {
 *     const document = await this.services.request<DocumentDescriptor>(MeetingSubject.GetDocument, { meetingId: id, documentId });
 *     await this.documents.send(response, document);
 *   }
 */
export * from './document-routes.js';
export * from './document-transfer.js';
export * from './documents.module.js';
export * from './read-limited.js';
export * from './upload.rules.js';
