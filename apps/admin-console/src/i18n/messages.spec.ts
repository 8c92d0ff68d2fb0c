import {
  CHAIN_BREAK_REASONS,
  CommonErrorCode,
  CONTENT_CATEGORIES,
  DocumentErrorCode,
  ITEM_FORMS,
  ITEM_ORIGINS,
  ITEM_STATUSES,
  MEETING_TYPES,
  MINIMUM_KINDS,
  NOTICE_KINDS,
  TASK_KINDS,
  ORG_UNIT_KINDS,
  OrgUnitErrorCode,
  PersonAdminErrorCode,
  PlanningErrorCode,
  PLAN_ACTIONS,
  PLAN_STATUSES,
  RESEARCH_TOPIC_KINDS,
  RESEARCH_TOPIC_STATUSES,
  ROLES,
  SUGGESTION_STATUSES,
  TenantErrorCode,
} from '@xieshang/contracts';
import { describe, expect, it } from 'vitest';
import { CONSOLE_RESOURCES } from '../access/access.rules.js';
import { KNOWN_ERROR_CODES } from '../errors/problem-message.js';
import { RULE_SETTING_KEYS } from '../settings/settings.rules.js';
import { en } from './en.js';
import { zhCN } from './zh-CN.js';

type Tree = { [key: string]: string | Tree };

/** Every leaf of a message tree as `path -> text`. */
const leaves = (tree: Tree, prefix = ''): Map<string, string> => {
  const result = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') result.set(path, value);
    else for (const [childPath, text] of leaves(value, path)) result.set(childPath, text);
  }
  return result;
};

const placeholders = (text: string): string[] => [...new Set(text.match(/%\{\w+\}/g) ?? [])].sort();

const zh = leaves(zhCN as Tree);
const english = leaves(en as Tree);

describe('message trees', () => {
  it('have exactly the same keys in Chinese and English', () => {
    const missingInChinese = [...english.keys()].filter((key) => !zh.has(key));
    const missingInEnglish = [...zh.keys()].filter((key) => !english.has(key));
    expect({ missingInChinese, missingInEnglish }).toEqual({ missingInChinese: [], missingInEnglish: [] });
  });

  // Chinese has no plural forms, so a Chinese message may drop a placeholder that only the
  // English singular uses; a placeholder English lacks would show up raw on screen.
  it('use no placeholder in Chinese that the English message does not fill', () => {
    const unfilled = [...zh.keys()].filter((key) => {
      const available = placeholders(english.get(key) ?? '');
      return placeholders(zh.get(key) ?? '').some((placeholder) => !available.includes(placeholder));
    });
    expect(unfilled).toEqual([]);
  });

  it('leave no Chinese message empty or still in English', () => {
    const isEnglish = (text: string) => {
      const words = text.replace(/%\{\w+\}/g, '');
      return /[A-Za-z]/.test(words) && !/[\u4e00-\u9fff]/.test(words);
    };
    const untranslated = [...zh.entries()].filter(
      ([key, text]) => key !== 'ra.boolean.null' && (text.trim() === '' || isEnglish(text)),
    );
    expect(untranslated.map(([key]) => key)).toEqual([]);
  });

  it('name every role, org unit kind and known error code in both languages', () => {
    const needed = [
      ...ROLES.map((role) => `xs.roles.${role}`),
      ...ORG_UNIT_KINDS.map((kind) => `xs.org_unit_kinds.${kind}`),
      ...Object.values(KNOWN_ERROR_CODES).map((key) => `xs.errors.${key}`),
    ];
    expect(needed.filter((key) => !zh.has(key) || !english.has(key))).toEqual([]);
  });

  it('explain every rule of the plan and of administration that refuses a user', () => {
    const refusals = [...Object.values(PlanningErrorCode), ...Object.values(PersonAdminErrorCode), OrgUnitErrorCode.NameTaken, TenantErrorCode.TenantExists];
    const unexplained = refusals.filter((code) => !(code in KNOWN_ERROR_CODES));
    expect(unexplained).toEqual([]);
  });

  it('explain every shared error code of the contracts', () => {
    const unexplained = [...Object.values(CommonErrorCode), ...Object.values(DocumentErrorCode)].filter((code) => !(code in KNOWN_ERROR_CODES));
    expect(unexplained).toEqual([]);
  });

  it('name every resource, rule setting and audit chain break in both languages', () => {
    const needed = [
      ...CONSOLE_RESOURCES.map((resource) => `resources.${resource}.name`),
      ...RULE_SETTING_KEYS.map((key) => `resources.settings.keys.${key}`),
      ...CHAIN_BREAK_REASONS.map((reason) => `resources.audit-events.verify.reasons.${reason}`),
      ...NOTICE_KINDS.map((kind) => `resources.notices.kinds.${kind}`),
      ...TASK_KINDS.map((kind) => `resources.tasks.kinds.${kind}`),
    ];
    expect(needed.filter((key) => !zh.has(key) || !english.has(key))).toEqual([]);
  });

  it('name every state, action, form, type and category of the annual plan in both languages', () => {
    const needed = [
      ...PLAN_STATUSES.map((status) => `resources.plans.statuses.${status}`),
      ...PLAN_ACTIONS.flatMap((action) => [`resources.plans.actions.${action}`, `resources.plans.notifications.${action}`]),
      ...ITEM_FORMS.map((form) => `resources.plan-items.forms.${form}`),
      ...MEETING_TYPES.map((type) => `resources.plan-items.meeting_types.${type}`),
      ...MINIMUM_KINDS.map((kind) => `resources.plan-items.meeting_types.${kind}`),
      ...CONTENT_CATEGORIES.map((category) => `resources.plan-items.content_categories.${category}`),
      ...ITEM_ORIGINS.map((origin) => `resources.plan-items.origins.${origin}`),
      ...ITEM_STATUSES.map((status) => `resources.plan-items.statuses.${status}`),
      ...SUGGESTION_STATUSES.map((status) => `resources.plan-suggestions.statuses.${status}`),
      ...RESEARCH_TOPIC_KINDS.map((kind) => `resources.research-topics.kinds.${kind}`),
      ...RESEARCH_TOPIC_STATUSES.map((status) => `resources.research-topics.statuses.${status}`),
    ];
    expect(needed.filter((key) => !zh.has(key) || !english.has(key))).toEqual([]);
  });
});
