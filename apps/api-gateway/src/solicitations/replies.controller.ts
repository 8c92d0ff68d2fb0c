import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { createReplySchema, type ListResult, type ReplyView, returnReplySchema, submitReplySchema, updateReplySchema, WrittenSubject } from '@xieshang/contracts';
import { Roles } from '@xieshang/platform-auth';
import { ServiceRequester } from '@xieshang/platform-messaging';
import { CityReadable } from '../city/city-readable.decorator.js';
import { ID_PARAM } from '../http/id-param.pipe.js';
import { parseListParams } from '../http/list-params.rules.js';
import { bodyOf, ListParams, sendPage, ZodBody } from '../http/route-helpers.js';
import { BRANCH_DRAFTERS, SOLICITATION_READERS } from './written-http.js';

/** A branch's replies to solicitations: drafted by its members, approved and submitted by its leader, final once submitted. */
@ApiTags('replies')
@ApiBearerAuth()
@Controller('api/v1/replies')
export class RepliesController {
  constructor(private readonly services: ServiceRequester) {}

  @CityReadable()
  @Get()
  @Roles(...SOLICITATION_READERS)
  @ListParams('{"solicitationId":"…","status":"submitted"}')
  @ApiOkResponse({ description: 'A branch: its own replies in every state; office, UFWD and leaders: the submitted replies of every branch' })
  async list(@Query() params: Record<string, unknown>, @Res({ passthrough: true }) response: Response): Promise<ReplyView[]> {
    const query = parseListParams(params);
    const page = await this.services.request<ListResult<ReplyView>>(WrittenSubject.ListReplies, query);
    return sendPage(response, 'replies', query.range[0], page);
  }

  @CityReadable()
  @Get(':id')
  @Roles(...SOLICITATION_READERS)
  @ApiOkResponse({ description: 'One reply with its comments by section' })
  get(@Param('id', ID_PARAM) id: string): Promise<ReplyView> {
    return this.services.request<ReplyView>(WrittenSubject.GetReply, { id });
  }

  @Post()
  @Roles(...BRANCH_DRAFTERS)
  @ZodBody(createReplySchema, 'The branch’s draft (404 for a solicitation not sent to it, 409 WRITTEN.SOLICITATION_CLOSED once closed); supplementTo names its submitted reply')
  create(@Body() body: unknown): Promise<ReplyView> {
    return this.services.request<ReplyView>(WrittenSubject.CreateReply, bodyOf(body));
  }

  @Put(':id')
  @Roles(...BRANCH_DRAFTERS)
  @ZodBody(updateReplySchema, 'Edits a draft; a submitted reply never changes (409 WRITTEN.REPLY_SUBMITTED)')
  update(@Param('id', ID_PARAM) id: string, @Body() body: unknown): Promise<ReplyView> {
    return this.services.request<ReplyView>(WrittenSubject.UpdateReply, { ...bodyOf(body), id });
  }

  @Post(':id/request-approval')
  @HttpCode(200)
  @Roles(...BRANCH_DRAFTERS)
  @ApiOkResponse({ description: 'Sent to the branch leader, whose task it becomes' })
  requestApproval(@Param('id', ID_PARAM) id: string): Promise<ReplyView> {
    return this.services.request<ReplyView>(WrittenSubject.RequestReplyApproval, { id });
  }

  @Post(':id/return')
  @HttpCode(200)
  @Roles('party-leader')
  @ZodBody(returnReplySchema, 'Back to the members with the leader’s note')
  returnToDraft(@Param('id', ID_PARAM) id: string, @Body() body: unknown): Promise<ReplyView> {
    return this.services.request<ReplyView>(WrittenSubject.ReturnReply, { ...bodyOf(body), id });
  }

  @Post(':id/submit')
  @HttpCode(200)
  @Roles('party-leader')
  @ZodBody(submitReplySchema, 'The leader approves at the branch’s review (form and day) and so submits; a reply after the deadline is marked late')
  submit(@Param('id', ID_PARAM) id: string, @Body() body: unknown): Promise<ReplyView> {
    return this.services.request<ReplyView>(WrittenSubject.SubmitReply, { ...bodyOf(body), id });
  }
}
