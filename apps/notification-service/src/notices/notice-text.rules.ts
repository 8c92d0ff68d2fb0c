import type { NoticeKind, PlanPublishedPayload, PlanRevisedPayload, PlanSolicitedPayload, SuggestionDecidedPayload, TemplateLocale } from '@xieshang/contracts';

export type PlaceholderValues = Readonly<Record<string, string | number>>;

/** A notice's text template in each language, as the tenant's settings give it. */
export type NoticeTemplates = Readonly<Record<TemplateLocale, string>>;

/** What one event tells: to whom, about what, and the words that fill the template in each language. */
export interface NoticeDraft {
  kind: NoticeKind;
  recipientOrgUnitIds: string[];
  title: string;
  reference: Record<string, unknown>;
  values: Readonly<Record<TemplateLocale, PlaceholderValues>>;
}

/** What a notice needs of each event; the rest of a payload is left alone. */
export type SolicitedEvent = Pick<PlanSolicitedPayload, 'planId' | 'year' | 'title' | 'suggestionsDeadline' | 'partyOrgUnitIds'>;
export type PublishedEvent = Pick<PlanPublishedPayload, 'planId' | 'year' | 'title' | 'itemCount' | 'partyOrgUnitIds'>;
export type RevisedEvent = Pick<PlanRevisedPayload, 'planId' | 'year' | 'title' | 'revision' | 'reason' | 'partyOrgUnitIds'>;
export type DecidedEvent = Pick<SuggestionDecidedPayload, 'suggestionId' | 'planId' | 'orgUnitId' | 'topic' | 'decision' | 'reason' | 'planItemId'>;

const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * Fills `{name}` from `values`. A placeholder the event has no value for stays visible as it is,
 * so a tenant who mistypes one in a template sees it in the notice rather than losing words.
 */
export const fillTemplate = (template: string, values: PlaceholderValues): string =>
  template.replace(PLACEHOLDER, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole)).trim();

export const noticeBodies = (draft: NoticeDraft, templates: NoticeTemplates): { bodyZh: string; bodyEn: string } => ({
  bodyZh: fillTemplate(templates['zh-CN'], draft.values['zh-CN']),
  bodyEn: fillTemplate(templates.en, draft.values.en),
});

const distinct = (ids: readonly string[]): string[] => [...new Set(ids)];

const sameInBoth = (values: PlaceholderValues): Record<TemplateLocale, PlaceholderValues> => ({ 'zh-CN': values, en: values });

/** A day as each language writes it: 2027年1月31日, 31 January 2027. */
export const DAY_WORDS: Record<TemplateLocale, (day: string) => string> = {
  'zh-CN': (day) => {
    const [year, month, date] = day.split('-').map(Number);
    return `${year}年${month}月${date}日`;
  },
  en: (day) => new Date(`${day}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

export const solicitedDraft = (event: SolicitedEvent): NoticeDraft => {
  const words = (locale: TemplateLocale): PlaceholderValues => ({ year: event.year, title: event.title, deadline: DAY_WORDS[locale](event.suggestionsDeadline) });
  return {
    kind: 'plan.solicited',
    recipientOrgUnitIds: distinct(event.partyOrgUnitIds),
    title: event.title,
    reference: { planId: event.planId, year: event.year, suggestionsDeadline: event.suggestionsDeadline },
    values: { 'zh-CN': words('zh-CN'), en: words('en') },
  };
};

export const publishedDraft = (event: PublishedEvent): NoticeDraft => ({
  kind: 'plan.published',
  recipientOrgUnitIds: distinct(event.partyOrgUnitIds),
  title: event.title,
  reference: { planId: event.planId, year: event.year },
  values: sameInBoth({ year: event.year, count: event.itemCount, title: event.title }),
});

export const revisedDraft = (event: RevisedEvent): NoticeDraft => ({
  kind: 'plan.revised',
  recipientOrgUnitIds: distinct(event.partyOrgUnitIds),
  title: event.title,
  reference: { planId: event.planId, year: event.year, revision: event.revision },
  values: sameInBoth({ year: event.year, revision: event.revision, reason: event.reason, title: event.title }),
});

/** The decision in each language, as the `{decision}` placeholder reads in the default templates. */
export const DECISION_WORDS: Record<TemplateLocale, Record<DecidedEvent['decision'], string>> = {
  'zh-CN': { accepted: '已被采纳，列入年度协商计划', declined: '未被采纳' },
  en: { accepted: 'accepted into the annual plan', declined: 'declined' },
};

export const decidedDraft = (event: DecidedEvent): NoticeDraft => {
  const words = (locale: TemplateLocale): PlaceholderValues => ({
    topic: event.topic,
    decision: DECISION_WORDS[locale][event.decision],
    reason: event.reason ?? '',
  });
  return {
    kind: 'suggestion.decided',
    recipientOrgUnitIds: [event.orgUnitId],
    title: event.topic,
    reference: { suggestionId: event.suggestionId, planId: event.planId, planItemId: event.planItemId },
    values: { 'zh-CN': words('zh-CN'), en: words('en') },
  };
};
