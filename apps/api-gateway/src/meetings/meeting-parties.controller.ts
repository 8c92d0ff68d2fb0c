import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { draftPreparedOpinionSchema, MeetingSubject, type MeetingView, recordOpinionSchema } from '@xieshang/contracts';
import { Roles } from '@xieshang/platform-auth';
import { ServiceRequester } from '@xieshang/platform-messaging';
import { ID_PARAM } from '../http/id-param.pipe.js';
import { bodyOf, ZodBody } from '../http/route-helpers.js';
import { MEETING_ORGANISERS, PARTY_USERS } from './meetings-http.js';

/** What the invited parties do: read the documents, prepare and approve their opinions, raise opinions. */
@ApiTags('meetings')
@ApiBearerAuth()
@Controller('api/v1/meetings/:id')
export class MeetingPartiesController {
  constructor(private readonly services: ServiceRequester) {}

  @Post('confirm-reading')
  @HttpCode(200)
  @Roles(...PARTY_USERS)
  @ApiOkResponse({ description: '集中阅读: the caller’s party has read the documents (once per party)' })
  confirmReading(@Param('id', ID_PARAM) id: string): Promise<MeetingView> {
    return this.services.request<MeetingView>(MeetingSubject.ConfirmReading, { id });
  }

  @Post('prepared-opinions')
  @HttpCode(200)
  @Roles(...PARTY_USERS)
  @ZodBody(draftPreparedOpinionSchema, '集体研究准备意见: drafted for the caller’s party; its leader approves it')
  draftPreparedOpinion(@Param('id', ID_PARAM) id: string, @Body() body: unknown): Promise<MeetingView> {
    return this.services.request<MeetingView>(MeetingSubject.DraftPreparedOpinion, { ...bodyOf(body), id });
  }

  @Post('prepared-opinions/:preparedOpinionId/approve')
  @HttpCode(200)
  @Roles('party-leader')
  @ApiOkResponse({ description: 'The party’s leader approves its prepared opinion' })
  approvePreparedOpinion(@Param('id', ID_PARAM) id: string, @Param('preparedOpinionId', ID_PARAM) preparedOpinionId: string): Promise<MeetingView> {
    return this.services.request<MeetingView>(MeetingSubject.ApprovePreparedOpinion, { id, preparedOpinionId });
  }

  @Post('opinions')
  @HttpCode(200)
  @Roles(...MEETING_ORGANISERS, ...PARTY_USERS)
  @ZodBody(recordOpinionSchema, 'An opinion raised at the meeting or handed in in writing; a party records only its own')
  recordOpinion(@Param('id', ID_PARAM) id: string, @Body() body: unknown): Promise<MeetingView> {
    return this.services.request<MeetingView>(MeetingSubject.RecordOpinion, { ...bodyOf(body), id });
  }
}
