/** Request/reply subjects answered by notification-service: `<context>.<aggregate>.<verb>`. */
export const NotificationSubject = {
  ListNotices: 'notification.notice.list',
  GetNotice: 'notification.notice.get',
  MarkNoticeRead: 'notification.notice.mark-read',
  UnreadNoticeCount: 'notification.notice.unread-count',
  /** What waits for the caller's action (待办). */
  ListTasks: 'notification.task.list',
  GetPreferences: 'notification.preference.get',
  PutPreferences: 'notification.preference.put',
  /** Mails and text messages sent or failed, for the tenant's administrator. */
  ListDeliveries: 'notification.delivery.list',
} as const;

/**
 * What a notice is about: the event it was made from, named as its text template is. Adding a
 * routing row for a new event adds its kind here and its template in the settings' defaults.
 */
export const NOTICE_KINDS = [
  'plan.solicited',
  'plan.published',
  'plan.revised',
  'suggestion.decided',
  'meeting.noticed',
  'meeting.documents-available',
  'meeting.rescheduled',
  'meeting.cancelled',
  'meeting.reminder',
  'meeting.notice-due',
  'meeting.documents-due',
  'interview.requested',
  'interview.scheduled',
  'interview.declined',
  'written.solicited',
  'written.material-sent',
  'written.reply-reminder',
  'written.reply-due',
  'written.reply-submitted',
  'case.assigned',
  'case.returned',
  'case.fed-back',
  'case.reminder',
  'case.overdue',
  'supervision.published',
] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

/** Groups of notices a person chooses channels for (preferences are per channel and category). */
export const NOTICE_CATEGORIES = ['planning', 'meeting', 'written', 'handling', 'supervision'] as const;
export type NoticeCategory = (typeof NOTICE_CATEGORIES)[number];

export const NOTICE_CHANNELS = ['mail', 'sms'] as const;
export type NoticeChannel = (typeof NOTICE_CHANNELS)[number];

/**
 * Core NATS subject on which notification-service announces, after commit, what changed for one
 * person (a new notice, a task opened or done); every gateway replica listens for the people it
 * streams to. Not a JetStream subject: a reader who is not connected reads the inbox instead.
 */
export const liveNoticeSubject = (tenantId: string, personId: string): string => `notices.live.${tenantId}.${personId}`;

/** What the live stream carries; the console refetches what it shows. */
export type LiveNoticeMessage =
  | { type: 'notice'; noticeId: string; kind: NoticeKind; title: string; link: NoticeLink | null }
  | { type: 'tasks' };

/** The record a notice or task opens in the console: `meetings/<id>`. */
export interface NoticeLink {
  resource: string;
  id: string;
}
