import { Body, Controller, Get, HttpCode, Param, Post, Put, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { type ExportFormat, type PlanExportView, type SummaryView, updateSummarySchema, WrittenSubject } from '@xieshang/contracts';
import { Roles } from '@xieshang/platform-auth';
import { ServiceRequester } from '@xieshang/platform-messaging';
import { CityReadable } from '../city/city-readable.decorator.js';
import { ID_PARAM } from '../http/id-param.pipe.js';
import { bodyOf, ZodBody } from '../http/route-helpers.js';
import { SUMMARY_READERS } from './written-http.js';

/** `attachment; filename="summary.docx"; filename*=UTF-8''…` (RFC 6266 with RFC 5987 for the Chinese name). */
const contentDisposition = (fileName: string, extension: string): string => `attachment; filename="summary.${extension}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;

/** UFWD's summary of a solicitation's replies (汇总后报送): by section, with notes; exported and reported to the party committee. */
@ApiTags('solicitations')
@ApiBearerAuth()
@Controller('api/v1/solicitations')
export class SummaryController {
  constructor(private readonly services: ServiceRequester) {}

  @CityReadable()
  @Get(':id/summary')
  @Roles(...SUMMARY_READERS)
  @ApiOkResponse({ description: 'Every opinion with its branch, grouped by section, UFWD’s notes, the branches with no comment and the silent ones' })
  get(@Param('id', ID_PARAM) id: string): Promise<SummaryView> {
    return this.services.request<SummaryView>(WrittenSubject.GetSummary, { id });
  }

  @Put(':id/summary')
  @Roles('ufwd')
  @ZodBody(updateSummarySchema, 'UFWD’s overall note and notes by section key ("" for the document as a whole)')
  update(@Param('id', ID_PARAM) id: string, @Body() body: unknown): Promise<SummaryView> {
    return this.services.request<SummaryView>(WrittenSubject.UpdateSummary, { ...bodyOf(body), id });
  }

  @Post(':id/summary/send')
  @HttpCode(200)
  @Roles('ufwd')
  @ApiOkResponse({ description: 'Records that UFWD reported the summary to the party committee' })
  send(@Param('id', ID_PARAM) id: string): Promise<SummaryView> {
    return this.services.request<SummaryView>(WrittenSubject.SendSummary, { id });
  }

  @CityReadable()
  @Get(':id/summary/export.docx')
  @Roles(...SUMMARY_READERS)
  @ApiProduces('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
  @ApiOkResponse({ description: 'The summary report in the official layout (红头, title, sections, silent branches, date)' })
  docx(@Param('id', ID_PARAM) id: string, @Res({ passthrough: true }) response: Response): Promise<StreamableFile> {
    return this.export(id, 'docx', response);
  }

  @CityReadable()
  @Get(':id/summary/export.xlsx')
  @Roles(...SUMMARY_READERS)
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOkResponse({ description: 'The summary’s opinions as a workbook' })
  xlsx(@Param('id', ID_PARAM) id: string, @Res({ passthrough: true }) response: Response): Promise<StreamableFile> {
    return this.export(id, 'xlsx', response);
  }

  private async export(id: string, format: ExportFormat, response: Response): Promise<StreamableFile> {
    const document = await this.services.request<PlanExportView>(WrittenSubject.ExportSummary, { id, format }, { timeoutMs: 20_000 });
    response.setHeader('Content-Disposition', contentDisposition(document.fileName, format));
    return new StreamableFile(Buffer.from(document.base64, 'base64'), { type: document.contentType });
  }
}
