import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { type ListResult, NotificationSubject, type NoticeView, type UnreadNoticeCount } from '@xieshang/contracts';
import { MarkReadHandler } from './mark-read.handler.js';
import { NoticeQueriesHandler } from './notice-queries.handler.js';

@Controller()
export class NoticesNatsController {
  constructor(
    private readonly queries: NoticeQueriesHandler,
    private readonly markRead: MarkReadHandler,
  ) {}

  @MessagePattern(NotificationSubject.ListNotices)
  list(@Payload() payload: unknown): Promise<ListResult<NoticeView>> {
    return this.queries.list(payload);
  }

  @MessagePattern(NotificationSubject.GetNotice)
  get(@Payload() payload: unknown): Promise<NoticeView> {
    return this.queries.get(payload);
  }

  @MessagePattern(NotificationSubject.UnreadNoticeCount)
  unreadCount(): Promise<UnreadNoticeCount> {
    return this.queries.unreadCount();
  }

  @MessagePattern(NotificationSubject.MarkNoticeRead)
  read(@Payload() payload: unknown): Promise<NoticeView> {
    return this.markRead.execute(payload);
  }
}
