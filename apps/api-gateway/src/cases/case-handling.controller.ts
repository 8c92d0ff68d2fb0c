import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  approveReplySchema,
  assignCaseSchema,
  type CaseView,
  coSignCaseSchema,
  extendCaseSchema,
  HandlingSubject,
  rateCaseSchema,
  releaseReplySchema,
  replyCaseSchema,
  returnCaseSchema,
  sendBackReplySchema,
} from '@xieshang/contracts';
import { Roles } from '@xieshang/platform-auth';
import { ServiceRequester } from '@xieshang/platform-messaging';
import { ID_PARAM } from '../http/id-param.pipe.js';
import { bodyOf, ZodBody } from '../http/route-helpers.js';
import { CASE_ASSIGNERS, CASE_RATERS } from './cases-http.js';

/** The actionable track: assignment, handling and co-signing, review, release, rating. */
@ApiTags('cases')
@ApiBearerAuth()
@Controller('api/v1/cases')
export class CaseHandlingController {
  constructor(private readonly services: ServiceRequester) {}

  @Post(':id/assign')
  @HttpCode(200)
  @Roles(...CASE_ASSIGNERS)
  @ZodBody(assignCaseSchema, 'To a lead department, optionally with co-handling departments; due after the district’s handling.reportMonths')
  assign(@Param('id', ID_PARAM) id: string, @Body() body: unknown): Promise<CaseView> {
    return this.act(HandlingSubject.AssignCase, id, body);
  }

  @Post(':id/return')
  @HttpCode(200)
  @Roles('department')
  @ZodBody(returnCaseSchema, 'The lead department cannot own it: back to the assigner with the reason')
  returnCase(@Param('id', ID_PARAM) id: string, @Body() body: unknown): Promise<CaseView> {
    return this.act(HandlingSubject.ReturnCase, id, body);
  }

  @Post(':id/reply')
  @HttpCode(200)
  @Roles('department')
  @ZodBody(replyCaseSchema, 'The lead department’s handling and one outcome; solving_step_by_step needs plan and planDueOn')
  reply(@Param('id', ID_PARAM) id: string, @Body() body: unknown): Promise<CaseView> {
    return this.act(HandlingSubject.ReplyCase, id, body);
  }

  @Post(':id/co-sign')
  @HttpCode(200)
  @Roles('department')
  @ZodBody(coSignCaseSchema, 'A co-handling department signs the reply (会签)')
  coSign(@Param('id', ID_PARAM) id: string, @Body() body: unknown): Promise<CaseView> {
    return this.act(HandlingSubject.CoSignCase, id, body);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @Roles(...CASE_ASSIGNERS)
  @ZodBody(approveReplySchema, 'The assigning office approves the reply for UFWD to release')
  approve(@Param('id', ID_PARAM) id: string, @Body() body: unknown): Promise<CaseView> {
    return this.act(HandlingSubject.ApproveReply, id, body);
  }

  @Post(':id/send-back')
  @HttpCode(200)
  @Roles(...CASE_ASSIGNERS)
  @ZodBody(sendBackReplySchema, 'The assigning office returns the reply as inadequate, with the reason')
  sendBack(@Param('id', ID_PARAM) id: string, @Body() body: unknown): Promise<CaseView> {
    return this.act(HandlingSubject.SendBackReply, id, body);
  }

  @Post(':id/release')
  @HttpCode(200)
  @Roles('ufwd')
  @ZodBody(releaseReplySchema, 'UFWD releases the approved reply to every party of the case')
  release(@Param('id', ID_PARAM) id: string, @Body() body: unknown): Promise<CaseView> {
    return this.act(HandlingSubject.ReleaseReply, id, body);
  }

  @Post(':id/extend')
  @HttpCode(200)
  @Roles(...CASE_ASSIGNERS)
  @ZodBody(extendCaseSchema, 'Once, with the reason: the due date moves by the district’s period')
  extend(@Param('id', ID_PARAM) id: string, @Body() body: unknown): Promise<CaseView> {
    return this.act(HandlingSubject.ExtendCase, id, body);
  }

  @Post(':id/rate')
  @HttpCode(200)
  @Roles(...CASE_RATERS)
  @ZodBody(rateCaseSchema, 'The party’s satisfaction; not_satisfied may ask once for re-handling (requestRehandling)')
  rate(@Param('id', ID_PARAM) id: string, @Body() body: unknown): Promise<CaseView> {
    return this.act(HandlingSubject.RateCase, id, body);
  }

  private act(subject: string, id: string, body: unknown): Promise<CaseView> {
    return this.services.request<CaseView>(subject, { ...bodyOf(body), id });
  }
}
