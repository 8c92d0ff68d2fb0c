import {
  CONTENT_CATEGORIES,
  ITEM_FORMS,
  MEETING_TYPES,
  PLAN_STATUSES,
  RESEARCH_TOPIC_KINDS,
  SUGGESTION_STATUSES,
} from '@xieshang/contracts';

const choices = (values: readonly string[], prefix: string) => values.map((id) => ({ id, name: `${prefix}.${id}` }));

export const planStatusChoices = choices(PLAN_STATUSES, 'resources.plans.statuses');
export const itemFormChoices = choices(ITEM_FORMS, 'resources.plan-items.forms');
export const meetingTypeChoices = choices(MEETING_TYPES, 'resources.plan-items.meeting_types');
export const contentCategoryChoices = choices(CONTENT_CATEGORIES, 'resources.plan-items.content_categories');
export const suggestionStatusChoices = choices(SUGGESTION_STATUSES, 'resources.plan-suggestions.statuses');
export const researchKindChoices = choices(RESEARCH_TOPIC_KINDS, 'resources.research-topics.kinds');

/** The twelve months, named the way the current language names them. */
export const monthName = (month: number, locale: string): string =>
  new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, month - 1, 1)));

export const monthChoices = (locale: string) =>
  Array.from({ length: 12 }, (_, index) => ({ id: index + 1, name: monthName(index + 1, locale) }));
