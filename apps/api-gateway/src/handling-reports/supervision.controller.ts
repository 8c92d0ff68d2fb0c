import { Body, Controller, Get, Param, ParseIntPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { HandlingSubject, type ListResult, publishSupervisionSchema, type SupervisionReportView } from '@xieshang/contracts';
import { Roles } from '@xieshang/platform-auth';
import { AppException } from '@xieshang/platform-errors';
import { ServiceRequester } from '@xieshang/platform-messaging';
import { bodyOf, ZodBody } from '../http/route-helpers.js';
import { CASE_READERS } from '../cases/cases-http.js';

const YEAR = new ParseIntPipe({ exceptionFactory: () => AppException.invalidInput([{ path: 'year', message: 'must be a year' }]) });

/** 督查通报: drafted from the year's cases by the supervisor with the offices, published to the district. */
@ApiTags('handling-reports')
@ApiBearerAuth()
@Controller('api/v1/handling-reports/supervision')
export class SupervisionController {
  constructor(private readonly services: ServiceRequester) {}

  @Get(':year/draft')
  @Roles('supervisor', 'office', 'gov-office', 'ufwd')
  @ApiOkResponse({ description: 'Cases late or returned as inadequate, by lead department, with the facts as they stand' })
  draft(@Param('year', YEAR) year: number): Promise<SupervisionReportView> {
    return this.services.request<SupervisionReportView>(HandlingSubject.SupervisionReport, { year });
  }

  @Post()
  @Roles('supervisor')
  @ZodBody(publishSupervisionSchema, 'Published to the district with the facts as they stand; the departments named read it')
  publish(@Body() body: unknown): Promise<SupervisionReportView> {
    return this.services.request<SupervisionReportView>(HandlingSubject.PublishSupervision, bodyOf(body));
  }

  @Get(':year')
  @Roles(...CASE_READERS)
  @ApiOkResponse({ description: 'The year’s published reports; a department reads those that name it' })
  async list(@Param('year', YEAR) year: number): Promise<SupervisionReportView[]> {
    return (await this.services.request<ListResult<SupervisionReportView>>(HandlingSubject.ListSupervision, { year })).items;
  }
}
