import { Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { type ListResult, NotificationSubject, type NoticeView, type Role, type UnreadNoticeCount } from '@xieshang/contracts';
import { type AuthenticatedUser, CurrentUser, Roles } from '@xieshang/platform-auth';
import { ServiceRequester } from '@xieshang/platform-messaging';
import { ID_PARAM } from '../http/id-param.pipe.js';
import { parseListParams } from '../http/list-params.rules.js';
import { ListParams, sendPage } from '../http/route-helpers.js';
import { NoticeStreams } from './notice-streams.js';

/** Every role that works inside one district; notification-service decides whose notices each sees. */
export const NOTICE_READERS: Role[] = ['tenant-admin', 'office', 'ufwd', 'gov-office', 'party-member', 'party-leader', 'department', 'leader', 'supervisor'];

/** Each person's notices (通知), read and marked read by them alone, and their live stream. */
@ApiTags('notices')
@ApiBearerAuth()
@Controller('api/v1/notices')
export class NoticesController {
  constructor(
    private readonly services: ServiceRequester,
    private readonly modules: ModuleRef,
  ) {}

  @Get()
  @Roles(...NOTICE_READERS)
  @ListParams('{"kind":"plan.published","unread":true}')
  @ApiOkResponse({ description: 'Newest first; `read` is the caller’s own reading' })
  async list(@Query() params: Record<string, unknown>, @Res({ passthrough: true }) response: Response): Promise<NoticeView[]> {
    const query = parseListParams(params);
    const page = await this.services.request<ListResult<NoticeView>>(NotificationSubject.ListNotices, query);
    return sendPage(response, 'notices', query.range[0], page);
  }

  // Declared before `:id`, which would otherwise take "unread-count" for an id.
  @Get('unread-count')
  @Roles(...NOTICE_READERS)
  @ApiOkResponse({ description: '{ "unread": 3 }: the notices the caller sees and has not read' })
  unreadCount(): Promise<UnreadNoticeCount> {
    return this.services.request<UnreadNoticeCount>(NotificationSubject.UnreadNoticeCount, null);
  }

  // Declared before `:id` too. The streams live beside the gateway's NATS connection.
  @Get('stream')
  @Roles(...NOTICE_READERS)
  @ApiOkResponse({ description: 'text/event-stream: `notice` (a new notice: id, kind, title, link) and `tasks` (the 待办 list changed), per person; authenticated by the bearer header' })
  stream(@CurrentUser() user: AuthenticatedUser, @Req() request: Request, @Res() response: Response): void {
    this.modules.get(NoticeStreams, { strict: false }).stream(user, request, response);
  }

  @Get(':id')
  @Roles(...NOTICE_READERS)
  get(@Param('id', ID_PARAM) id: string): Promise<NoticeView> {
    return this.services.request<NoticeView>(NotificationSubject.GetNotice, { id });
  }

  @Post(':id/read')
  @HttpCode(200)
  @Roles(...NOTICE_READERS)
  @ApiOkResponse({ description: 'Marks it read for the caller; reading it again changes nothing' })
  markRead(@Param('id', ID_PARAM) id: string): Promise<NoticeView> {
    return this.services.request<NoticeView>(NotificationSubject.MarkNoticeRead, { id });
  }
}
