import { Controller, Get, Param, ParseIntPipe, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { type ExportFormat, type ListResult, PlanningSubject, type PlanExportView, type PlanRevisionView } from '@xieshang/contracts';
import { type AuthenticatedUser, CurrentUser, Roles } from '@xieshang/platform-auth';
import { AppException } from '@xieshang/platform-errors';
import { ServiceRequester } from '@xieshang/platform-messaging';
import { ID_PARAM } from '../http/id-param.pipe.js';
import { sendPage } from '../http/route-helpers.js';
import { actorOf, PLAN_READERS } from './planning-http.js';
import { CityReadable } from '../city/city-readable.decorator.js';

const REVISION_NUMBER = new ParseIntPipe({ exceptionFactory: () => AppException.invalidInput([{ path: 'number', message: 'must be a revision number' }]) });

/** `attachment; filename="plan.docx"; filename*=UTF-8''…` (RFC 6266 with RFC 5987 for the Chinese name). */
export const contentDisposition = (fileName: string, extension: string): string =>
  `attachment; filename="plan.${extension}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;

/** The published plan's revisions, and the plan as documents to print and file. */
@ApiTags('plans')
@ApiBearerAuth()
@Controller('api/v1/plans')
export class PlanHistoryController {
  constructor(private readonly services: ServiceRequester) {}

  @CityReadable()
  @Get(':id/revisions')
  @Roles(...PLAN_READERS)
  @ApiOkResponse({ description: 'Every revision, newest first, each with what changed against the one before (added, changed field by field, cancelled)' })
  async revisions(@Param('id', ID_PARAM) id: string, @CurrentUser() user: AuthenticatedUser, @Res({ passthrough: true }) response: Response): Promise<PlanRevisionView[]> {
    const page = await this.services.request<ListResult<PlanRevisionView>>(PlanningSubject.ListRevisions, { planId: id, ...actorOf(user) });
    return sendPage(response, 'plan-revisions', 0, page);
  }

  @CityReadable()
  @Get(':id/revisions/:number')
  @Roles(...PLAN_READERS)
  @ApiOkResponse({ description: 'One revision with the items as they stood' })
  revision(@Param('id', ID_PARAM) id: string, @Param('number', REVISION_NUMBER) number: number, @CurrentUser() user: AuthenticatedUser): Promise<PlanRevisionView> {
    return this.services.request<PlanRevisionView>(PlanningSubject.GetRevision, { planId: id, number, ...actorOf(user) });
  }

  @CityReadable()
  @Get(':id/export.docx')
  @Roles(...PLAN_READERS)
  @ApiProduces('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
  @ApiOkResponse({ description: 'The approved or published plan as an official notice (红头, 文号, items table)' })
  docx(@Param('id', ID_PARAM) id: string, @CurrentUser() user: AuthenticatedUser, @Res({ passthrough: true }) response: Response): Promise<StreamableFile> {
    return this.export(id, 'docx', user, response);
  }

  @CityReadable()
  @Get(':id/export.xlsx')
  @Roles(...PLAN_READERS)
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOkResponse({ description: 'The approved or published plan’s items table as a workbook' })
  xlsx(@Param('id', ID_PARAM) id: string, @CurrentUser() user: AuthenticatedUser, @Res({ passthrough: true }) response: Response): Promise<StreamableFile> {
    return this.export(id, 'xlsx', user, response);
  }

  private async export(id: string, format: ExportFormat, user: AuthenticatedUser, response: Response): Promise<StreamableFile> {
    const document = await this.services.request<PlanExportView>(PlanningSubject.ExportPlan, { id, format, ...actorOf(user) }, { timeoutMs: 20_000 });
    response.setHeader('Content-Disposition', contentDisposition(document.fileName, format));
    return new StreamableFile(Buffer.from(document.base64, 'base64'), { type: document.contentType });
  }
}
