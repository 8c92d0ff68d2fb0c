import { noticeRefSchema, NotificationSubject, preferencesSchema } from '@xieshang/contracts';
import { route } from '@xieshang/platform-runtime';
import { DeliveryQueriesHandler, listDeliveriesSchema } from './delivery/delivery-queries.handler.js';
import { MarkReadHandler } from './notices/mark-read.handler.js';
import { listNoticesSchema, NoticeQueriesHandler } from './notices/notice-queries.handler.js';
import { PreferencesHandler } from './preferences/preferences.handler.js';
import { listTasksSchema, TaskQueriesHandler } from './tasks/task-queries.handler.js';

/** Every subject notification-service answers: subject, input schema, handler method. */
export const NOTIFICATION_ROUTES = [
  route(NotificationSubject.ListNotices, listNoticesSchema, NoticeQueriesHandler, 'list'),
  route(NotificationSubject.GetNotice, noticeRefSchema, NoticeQueriesHandler, 'get'),
  route(NotificationSubject.UnreadNoticeCount, null, NoticeQueriesHandler, 'unreadCount'),
  route(NotificationSubject.MarkNoticeRead, noticeRefSchema, MarkReadHandler, 'execute'),
  route(NotificationSubject.ListTasks, listTasksSchema, TaskQueriesHandler, 'list'),
  route(NotificationSubject.GetPreferences, null, PreferencesHandler, 'get'),
  route(NotificationSubject.PutPreferences, preferencesSchema, PreferencesHandler, 'put'),
  route(NotificationSubject.ListDeliveries, listDeliveriesSchema, DeliveryQueriesHandler, 'list'),
];
