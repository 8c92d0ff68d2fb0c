/** Request/reply subjects answered by notification-service: `<context>.<aggregate>.<verb>`. */
export const NotificationSubject = {
  ListNotices: 'notification.notice.list',
  GetNotice: 'notification.notice.get',
  MarkNoticeRead: 'notification.notice.mark-read',
  UnreadNoticeCount: 'notification.notice.unread-count',
} as const;

/** What a notice is about: the event it was made from, named as its text template is. */
export const NOTICE_KINDS = ['plan.solicited', 'plan.published', 'plan.revised', 'suggestion.decided'] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];
