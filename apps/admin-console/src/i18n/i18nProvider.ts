import polyglotI18nProvider from 'ra-i18n-polyglot';
import { en } from './en.js';
import { zhCN } from './zh-CN.js';

export const DEFAULT_LOCALE = 'zh-CN';

const messagesByLocale = { 'zh-CN': zhCN, en } as const;

/** Each language is named in itself, so a reader of either can find theirs. */
export const LOCALES = [
  { locale: 'zh-CN', name: '中文' },
  { locale: 'en', name: 'English' },
];

export const i18nProvider = polyglotI18nProvider(
  (locale) => (locale === 'en' ? messagesByLocale.en : messagesByLocale['zh-CN']),
  DEFAULT_LOCALE,
  LOCALES,
);
