import { NOTICE_KINDS, type NoticeLink, type NoticeView } from '@xieshang/contracts';

export const noticeKindChoices = NOTICE_KINDS.map((id) => ({ id, name: `resources.notices.kinds.${id}` }));

/** The body in the console's language: English for `en…`, Chinese otherwise, as Chinese is the default. */
export const noticeBody = (notice: Pick<NoticeView, 'bodyZh' | 'bodyEn'>, locale: string): string =>
  locale.toLowerCase().startsWith('en') ? notice.bodyEn : notice.bodyZh;

/** Unread notices stand out in the list, as in a mailbox. */
export const noticeRowStyle = (notice: Pick<NoticeView, 'read'> | undefined) => ({ fontWeight: notice && !notice.read ? 700 : 400 });

/** What the menu badge shows: nothing at zero, and no more than 99. */
export const badgeCount = (unread: number | undefined): string | null => {
  if (!unread || unread <= 0) return null;
  return unread > 99 ? '99+' : String(unread);
};

/** Records the console shows on a page of their own rather than as a resource: a year's handling reports. */
const PAGES: Readonly<Record<string, (id: string) => string>> = {
  'handling-reports': (year) => `/handling-reports?year=${encodeURIComponent(year)}`,
};

/** Where a notice's link leads: the record's page, else its resource's show view (`show`). */
export const recordPath = (link: NoticeLink, show: (link: NoticeLink) => string): string => PAGES[link.resource]?.(link.id) ?? show(link);
