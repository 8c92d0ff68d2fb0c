import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import {
  type AgendaOutcomeView,
  cancelMeetingSchema,
  createMeetingSchema,
  holdMeetingSchema,
  lateStepSchema,
  type ListResult,
  type MeetingFiguresView,
  MeetingSubject,
  type MeetingView,
  recordMinutesSchema,
  updateMeetingSchema,
} from '@xieshang/contracts';
import { Roles } from '@xieshang/platform-auth';
import { AppException } from '@xieshang/platform-errors';
import { ServiceRequester } from '@xieshang/platform-messaging';
import { CityReadable } from '../city/city-readable.decorator.js';
import { ID_PARAM } from '../http/id-param.pipe.js';
import { parseListParams } from '../http/list-params.rules.js';
import { bodyOf, ListParams, sendPage, ZodBody } from '../http/route-helpers.js';
import { MEETING_ORGANISERS, MEETING_READERS } from './meetings-http.js';

/** A year in a query string, or 422 naming `year`. */
const yearOf = (value: unknown): number | undefined => {
  if (value === undefined) return undefined;
  const year = Number(value);
  if (!Number.isInteger(year) || year < 2000 || year > 2999) throw AppException.invalidInput([{ path: 'year', message: 'must be a year between 2000 and 2999' }]);
  return year;
};

/** 协商座谈会: meetings from the plan or added, through their steps. */
@ApiTags('meetings')
@ApiBearerAuth()
@Controller('api/v1/meetings')
export class MeetingsController {
  constructor(private readonly services: ServiceRequester) {}

  @CityReadable()
  @Get()
  @Roles(...MEETING_READERS)
  @ListParams('{"year":2027,"type":"thematic","status":"noticed","late":true,"q":"协商"}')
  @ApiOkResponse({ description: 'A page of meetings the caller may see, without nominees, minutes or opinions; Content-Range gives the total' })
  async list(@Query() params: Record<string, unknown>, @Res({ passthrough: true }) response: Response): Promise<MeetingView[]> {
    const query = parseListParams(params);
    const page = await this.services.request<ListResult<MeetingView>>(MeetingSubject.List, query);
    return sendPage(response, 'meetings', query.range[0], page);
  }

  @CityReadable()
  @Get('figures')
  @Roles(...MEETING_ORGANISERS, 'leader', 'supervisor', 'city-observer')
  @ApiQuery({ name: 'year', required: true })
  @ApiOkResponse({ description: "The year's meetings by type (planned, held, cancelled) and its late notices and documents" })
  figures(@Query('year') year: unknown): Promise<MeetingFiguresView> {
    const parsed = yearOf(year);
    if (parsed === undefined) throw AppException.invalidInput([{ path: 'year', message: 'required' }]);
    return this.services.request<MeetingFiguresView>(MeetingSubject.Figures, { year: parsed });
  }

  @Get('agenda-outcomes')
  @Roles(...MEETING_ORGANISERS, 'leader')
  @ApiQuery({ name: 'year', required: false })
  @ApiOkResponse({ description: "Opinions marked for the standing committee's agenda (提交常委会研究)" })
  async agendaOutcomes(@Query('year') year: unknown): Promise<AgendaOutcomeView[]> {
    const page = await this.services.request<ListResult<AgendaOutcomeView>>(MeetingSubject.ListAgendaOutcomes, { year: yearOf(year) });
    return page.items;
  }

  @CityReadable()
  @Get(':id')
  @Roles(...MEETING_READERS)
  @ApiOkResponse({ description: 'The meeting with its timeline, documents, readings, opinions and minutes as the caller may see them; 404 for a party not invited' })
  get(@Param('id', ID_PARAM) id: string): Promise<MeetingView> {
    return this.services.request<MeetingView>(MeetingSubject.Get, { id });
  }

  @Post()
  @Roles(...MEETING_ORGANISERS)
  @ZodBody(createMeetingSchema, 'A meeting the plan did not foresee (joint among them); startsAt still to come; participants of this district; nominees only for personnel')
  create(@Body() body: unknown): Promise<MeetingView> {
    return this.services.request<MeetingView>(MeetingSubject.Create, bodyOf(body));
  }

  @Put(':id')
  @Roles(...MEETING_ORGANISERS)
  @ZodBody(updateMeetingSchema, 'Until held; moving a noticed meeting needs reason and tells everyone invited')
  update(@Param('id', ID_PARAM) id: string, @Body() body: unknown): Promise<MeetingView> {
    return this.act(MeetingSubject.Update, id, body);
  }

  @Post(':id/notice')
  @HttpCode(200)
  @Roles(...MEETING_ORGANISERS)
  @ZodBody(lateStepSchema, 'Fewer than meeting.noticeLeadDays days ahead: 422 VALIDATION.LATE_REASON_REQUIRED without lateReason')
  notice(@Param('id', ID_PARAM) id: string, @Body() body: unknown): Promise<MeetingView> {
    return this.act(MeetingSubject.Notice, id, body);
  }

  @Post(':id/provide-documents')
  @HttpCode(200)
  @Roles(...MEETING_ORGANISERS)
  @ZodBody(lateStepSchema, 'Fewer than meeting.documentsLeadDays days ahead: 422 VALIDATION.LATE_REASON_REQUIRED without lateReason')
  provideDocuments(@Param('id', ID_PARAM) id: string, @Body() body: unknown): Promise<MeetingView> {
    return this.act(MeetingSubject.ProvideDocuments, id, body);
  }

  @Post(':id/hold')
  @HttpCode(200)
  @Roles(...MEETING_ORGANISERS)
  @ZodBody(holdMeetingSchema, 'Held, with who attended')
  hold(@Param('id', ID_PARAM) id: string, @Body() body: unknown): Promise<MeetingView> {
    return this.act(MeetingSubject.Hold, id, body);
  }

  @Post(':id/record-minutes')
  @HttpCode(200)
  @Roles(...MEETING_ORGANISERS, 'department')
  @ZodBody(recordMinutesSchema, 'The minutes (会议纪要) by the lead unit')
  recordMinutes(@Param('id', ID_PARAM) id: string, @Body() body: unknown): Promise<MeetingView> {
    return this.act(MeetingSubject.RecordMinutes, id, body);
  }

  @Post(':id/transfer-outcomes')
  @HttpCode(200)
  @Roles(...MEETING_ORGANISERS)
  @ApiOkResponse({ description: 'Each opinion not yet sent goes out once as evt.meeting.opinion.recorded.v1; calling again sends only later ones' })
  transferOutcomes(@Param('id', ID_PARAM) id: string): Promise<MeetingView> {
    return this.act(MeetingSubject.TransferOutcomes, id, {});
  }

  @Post(':id/close')
  @HttpCode(200)
  @Roles(...MEETING_ORGANISERS)
  close(@Param('id', ID_PARAM) id: string): Promise<MeetingView> {
    return this.act(MeetingSubject.Close, id, {});
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @Roles(...MEETING_ORGANISERS)
  @ZodBody(cancelMeetingSchema, 'Called off before it is held, with the reason')
  cancel(@Param('id', ID_PARAM) id: string, @Body() body: unknown): Promise<MeetingView> {
    return this.act(MeetingSubject.Cancel, id, body);
  }

  @Post(':id/accept-plan-change')
  @HttpCode(200)
  @Roles(...MEETING_ORGANISERS)
  @ApiOkResponse({ description: 'Applies the plan revision waiting on a noticed meeting: moved (everyone told again) or cancelled' })
  acceptPlanChange(@Param('id', ID_PARAM) id: string): Promise<MeetingView> {
    return this.act(MeetingSubject.AcceptPlanChange, id, {});
  }

  private act(subject: string, id: string, body: unknown): Promise<MeetingView> {
    return this.services.request<MeetingView>(subject, { ...bodyOf(body), id });
  }
}
