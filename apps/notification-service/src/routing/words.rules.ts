import type { TemplateLocale } from '@xieshang/contracts';

const parts = (instant: string, zone: string): Record<string, string> =>
  Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: zone, year: 'numeric', month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(new Date(instant))
      .map((part) => [part.type, part.value]),
  );

/** An instant as each language writes a meeting's time on the district's clock (`zone`): 2027年3月5日 09:30, 5 March 2027 09:30. */
export const instantWords = (instant: string, locale: TemplateLocale, zone: string): string => {
  const p = parts(instant, zone);
  if (locale === 'zh-CN') return `${p['year']}年${Number(p['month'])}月${Number(p['day'])}日 ${p['hour']}:${p['minute']}`;
  const day = new Date(instant).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: zone });
  return `${day} ${p['hour']}:${p['minute']}`;
};

/** The day alone of an instant on the district's clock: 2027年6月2日, 2 June 2027. */
export const dayWords = (instant: string, locale: TemplateLocale, zone: string): string =>
  instantWords(instant, locale, zone).split(' ').slice(0, locale === 'zh-CN' ? 1 : 3).join(' ');
