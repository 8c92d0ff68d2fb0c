import { noticeRefSchema, NotificationSubject } from '@xieshang/contracts';
import { route } from '@xieshang/platform-runtime';
import { MarkReadHandler } from './notices/mark-read.handler.js';
import { listNoticesSchema, NoticeQueriesHandler } from './notices/notice-queries.handler.js';

/** Every subject notification-service answers: subject, input schema, handler method. */
export const NOTIFICATION_ROUTES = [
  route(NotificationSubject.ListNotices, listNoticesSchema, NoticeQueriesHandler, 'list'),
  route(NotificationSubject.GetNotice, noticeRefSchema, NoticeQueriesHandler, 'get'),
  route(NotificationSubject.UnreadNoticeCount, null, NoticeQueriesHandler, 'unreadCount'),
  route(NotificationSubject.MarkNoticeRead, noticeRefSchema, MarkReadHandler, 'execute'),
];
