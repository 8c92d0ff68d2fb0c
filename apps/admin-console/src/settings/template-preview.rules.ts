import { TEMPLATE_VARIABLES, unknownTemplateVariables } from '@xieshang/contracts';

type Language = 'zh-CN' | 'en';

/** What each variable reads like in a preview, in each language. */
const SAMPLES: Record<string, Record<Language, string>> = {
  title: { 'zh-CN': '关于乡村振兴的专题协商会', en: 'Consultation on rural revitalisation' },
  topic: { 'zh-CN': '社区养老服务', en: 'Community care for the elderly' },
  year: { 'zh-CN': '2027', en: '2027' },
  count: { 'zh-CN': '7', en: '7' },
  revision: { 'zh-CN': '2', en: '2' },
  deadline: { 'zh-CN': '2027年1月31日', en: '31 January 2027' },
  dueDate: { 'zh-CN': '2027年6月30日', en: '30 June 2027' },
  date: { 'zh-CN': '2027年3月5日 09:30', en: '5 March 2027 09:30' },
  place: { 'zh-CN': '区政协会议室', en: 'the CPPCC meeting room' },
  reason: { 'zh-CN': '会议室另有安排', en: 'the room is needed elsewhere' },
  decision: { 'zh-CN': '已被采纳，列入年度协商计划', en: 'accepted into the annual plan' },
  unit: { 'zh-CN': '民盟巴州区总支', en: 'the China Democratic League branch' },
};

/**
 * A template as a notice would read with sample words, or the variables its kind does not fill
 * (the server refuses those too, naming the setting).
 */
export const templatePreview = (name: string, language: string, template: string): { text: string; unknown: string[]; known: readonly string[] } => {
  const lang: Language = language === 'en' ? 'en' : 'zh-CN';
  const unknown = unknownTemplateVariables(name, template);
  const text = template.replace(/\{(\w+)\}/g, (whole, variable: string) => SAMPLES[variable]?.[lang] ?? whole).trim();
  return { text, unknown, known: TEMPLATE_VARIABLES[name] ?? [] };
};
