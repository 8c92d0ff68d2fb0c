import { Controller, Get, Param, ParseIntPipe, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { HandlingSubject, type ReportExportView, type Role, type YearEndReportView } from '@xieshang/contracts';
import { Roles } from '@xieshang/platform-auth';
import { AppException } from '@xieshang/platform-errors';
import { ServiceRequester } from '@xieshang/platform-messaging';

const YEAR = new ParseIntPipe({ exceptionFactory: () => AppException.invalidInput([{ path: 'year', message: 'must be a year' }]) });

/** Who reads the year's handling report: UFWD who writes it, the office, the leaders and the supervisor. */
const REPORT_READERS: Role[] = ['ufwd', 'office', 'leader', 'supervisor'];

/** `attachment; filename="report.docx"; filename*=UTF-8''…` (RFC 6266 with RFC 5987 for the Chinese name). */
const contentDisposition = (fileName: string, extension: string): string => `attachment; filename="report.${extension}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;

/** §4.1.4's year-end report on the handling of the year's opinions, and the case ledger (台账). */
@ApiTags('handling-reports')
@ApiBearerAuth()
@Controller('api/v1/handling-reports')
export class HandlingReportsController {
  constructor(private readonly services: ServiceRequester) {}

  @Get('year-end/:year')
  @Roles(...REPORT_READERS)
  @ApiOkResponse({ description: 'Opinions by source and party, adoption, outcomes, on-time rate by department, satisfaction, open step-by-step cases' })
  yearEnd(@Param('year', YEAR) year: number): Promise<YearEndReportView> {
    return this.services.request<YearEndReportView>(HandlingSubject.YearEndReport, { year });
  }

  @Get('year-end/:year/report.docx')
  @Roles(...REPORT_READERS)
  @ApiProduces('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
  @ApiOkResponse({ description: 'The year-end report in the official layout' })
  docx(@Param('year', YEAR) year: number, @Res({ passthrough: true }) response: Response): Promise<StreamableFile> {
    return this.export(year, 'docx', response);
  }

  @Get('year-end/:year/ledger.xlsx')
  @Roles(...REPORT_READERS)
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOkResponse({ description: 'The year’s case ledger (台账), one row per case' })
  xlsx(@Param('year', YEAR) year: number, @Res({ passthrough: true }) response: Response): Promise<StreamableFile> {
    return this.export(year, 'xlsx', response);
  }

  private async export(year: number, format: 'docx' | 'xlsx', response: Response): Promise<StreamableFile> {
    const document = await this.services.request<ReportExportView>(HandlingSubject.ExportYearEnd, { year, format }, { timeoutMs: 20_000 });
    response.setHeader('Content-Disposition', contentDisposition(document.fileName, format));
    return new StreamableFile(Buffer.from(document.base64, 'base64'), { type: document.contentType });
  }
}
