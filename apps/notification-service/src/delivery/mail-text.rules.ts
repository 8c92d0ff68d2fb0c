import type { NoticeLink, TemplateLocale } from '@xieshang/contracts';

/** What one notice mail says, in the person's language. */
export interface NoticeMailInput {
  title: string;
  body: string;
  link: NoticeLink | null;
  createdAt?: string;
}

const PLATFORM: Record<TemplateLocale, string> = { 'zh-CN': '政党协商平台', en: 'Party consultation platform' };

/** The console's page of a record: `<console>/#/meetings/<id>/show`. */
export const recordUrl = (consoleUrl: string, link: NoticeLink | null): string | null =>
  link ? `${consoleUrl.replace(/\/$/, '')}/#/${link.resource}/${link.id}/show` : null;

export const noticeMail = (notice: NoticeMailInput, locale: TemplateLocale, consoleUrl: string): { subject: string; text: string } => {
  const url = recordUrl(consoleUrl, notice.link);
  const open = locale === 'zh-CN' ? '查看详情' : 'Open';
  return {
    subject: `【${PLATFORM[locale]}】${notice.title}`,
    text: [notice.body, '', ...(url ? [`${open}: ${url}`] : []), '', `— ${PLATFORM[locale]}`].join('\n'),
  };
};

/** One mail with all of a day's notices, oldest first. */
export const digestMail = (day: string, notices: readonly NoticeMailInput[], locale: TemplateLocale, consoleUrl: string): { subject: string; text: string } => {
  const heading = locale === 'zh-CN' ? `${day} 通知汇总（共${notices.length}条）` : `Notices of ${day} (${notices.length})`;
  const items = notices.map((notice, index) => {
    const url = recordUrl(consoleUrl, notice.link);
    return [`${index + 1}. ${notice.title}`, `   ${notice.body}`, ...(url ? [`   ${url}`] : [])].join('\n');
  });
  return { subject: `【${PLATFORM[locale]}】${heading}`, text: [heading, '', ...items, '', `— ${PLATFORM[locale]}`].join('\n') };
};
