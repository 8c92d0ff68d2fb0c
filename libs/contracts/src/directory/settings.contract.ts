import { z } from 'zod';
import { int, text } from '../common/primitives.js';

/** Request/reply subjects for per-tenant settings. */
export const SettingsSubject = {
  Effective: 'directory.settings.effective',
  Put: 'directory.settings.put',
  Reset: 'directory.settings.reset',
} as const;

export const SettingsEvent = {
  Changed: 'evt.directory.settings.changed.v1',
} as const;

export const SettingsErrorCode = {
  /** A value or key a tenant may not store; the field names the key. Answers 422. */
  InvalidSetting: 'VALIDATION.INVALID_SETTING',
} as const;

export interface SettingsChangedPayload {
  keys: string[];
}

const count = (min: number, max: number) => int.min(min).max(max);

/** The numbers DOMAIN.md keeps as settings, each with its range. */
export const NUMBER_SETTINGS = {
  'plan.minThematic': { schema: count(0, 50), default: 3 },
  'plan.minResearch': { schema: count(0, 50), default: 1 },
  'plan.minBriefing': { schema: count(0, 50), default: 3 },
  'meeting.noticeLeadDays': { schema: count(1, 90), default: 10 },
  'meeting.documentsLeadDays': { schema: count(1, 60), default: 5 },
  'handling.reportMonths': { schema: count(1, 24), default: 3 },
  'research.studyToursMin': { schema: count(0, 12), default: 1 },
  'research.studyToursMax': { schema: count(0, 12), default: 2 },
} as const;

/** An IANA time zone this runtime knows, such as `Asia/Shanghai`. */
export const isTimeZone = (value: string): boolean => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return value.includes('/') || value === 'UTC';
  } catch {
    return false;
  }
};

/**
 * Text settings. The tenant's time zone decides what "10 days before" and "3 months after" mean
 * on its calendar: deadlines, quiet hours and the dates in notices.
 */
export const TEXT_SETTINGS = {
  'tenant.timeZone': { schema: text.trim().min(1).max(64).refine(isTimeZone, 'must be an IANA time zone such as Asia/Shanghai'), default: 'Asia/Shanghai' },
} as const;

export const TEMPLATE_LOCALES = ['zh-CN', 'en'] as const;
export type TemplateLocale = (typeof TEMPLATE_LOCALES)[number];

/** Notification texts; `{placeholders}` are filled by the notification service. */
export const TEMPLATE_DEFAULTS: Record<string, Record<TemplateLocale, string>> = {
  'plan.solicited': {
    'zh-CN': '“{title}”正在征集协商议题，请于{deadline}前通过平台报送贵单位的议题建议。',
    en: 'Topics are being collected for "{title}". Please send your unit’s suggestions through the platform by {deadline}.',
  },
  'plan.published': {
    'zh-CN': '{year}年度政党协商计划已发布，共{count}项协商议题，请登录平台查看。',
    en: 'The {year} party consultation plan has been published with {count} topics. Please sign in to read it.',
  },
  'plan.revised': {
    'zh-CN': '{year}年度政党协商计划已修订（第{revision}版），修订理由：{reason}。请登录平台查看变更。',
    en: 'The {year} party consultation plan has been revised (revision {revision}) because: {reason}. Please sign in to see the changes.',
  },
  'suggestion.decided': {
    'zh-CN': '贵单位建议的协商议题“{topic}”{decision}。{reason}',
    en: 'The topic your unit suggested, "{topic}", was {decision}. {reason}',
  },
  'meeting.notice': {
    'zh-CN': '兹定于{date}在{place}召开“{topic}”协商会，请{unit}派员参加。',
    en: 'The consultation meeting "{topic}" takes place on {date} at {place}. {unit} is asked to attend.',
  },
  'case.assigned': {
    'zh-CN': '协商意见“{title}”（第{number}号）已交办，请{unit}于{dueDate}前报送办理情况。',
    en: 'The consultation opinion "{title}" (no. {number}) has been assigned; {unit} reports on its handling by {dueDate}.',
  },
  'case.overdue': {
    'zh-CN': '协商意见“{title}”的办理已超过期限（{dueDate}），请{unit}尽快报送办理情况。',
    en: 'The handling of "{title}" is past its due date ({dueDate}); {unit} is asked to report without delay.',
  },
  'meeting.noticed': {
    'zh-CN': '兹定于{date}在{place}召开“{title}”，请准时参加。',
    en: '"{title}" takes place on {date} at {place}. You are invited to attend.',
  },
  'meeting.documents-available': {
    'zh-CN': '“{title}”（{date}）的会议材料已可查阅，请登录平台阅读。',
    en: 'The documents of "{title}" ({date}) are available. Please sign in to read them.',
  },
  'meeting.rescheduled': {
    'zh-CN': '“{title}”改期至{date}在{place}召开。{reason}',
    en: '"{title}" has been moved to {date} at {place}. {reason}',
  },
  'meeting.cancelled': {
    'zh-CN': '原定于{date}召开的“{title}”已取消。{reason}',
    en: '"{title}", planned for {date}, has been cancelled. {reason}',
  },
  'meeting.reminder': {
    'zh-CN': '提醒：“{title}”将于{date}在{place}召开，请准时参加。',
    en: 'Reminder: "{title}" takes place on {date} at {place}. Please attend on time.',
  },
  'meeting.notice-due': {
    'zh-CN': '“{title}”（{date}）的会议通知明天到期，请及时发出通知。',
    en: 'The notice of "{title}" ({date}) is due tomorrow. Please send it in time.',
  },
  'meeting.documents-due': {
    'zh-CN': '“{title}”（{date}）的会议材料明天到期，请及时提供材料。',
    en: 'The documents of "{title}" ({date}) are due tomorrow. Please provide them in time.',
  },
  'interview.requested': {
    'zh-CN': '已收到约谈协商申请“{title}”，请安排约谈。',
    en: 'An interview has been requested: "{title}". Please arrange it.',
  },
  'interview.scheduled': {
    'zh-CN': '约谈协商“{title}”定于{date}在{place}进行。',
    en: 'The interview "{title}" takes place on {date} at {place}.',
  },
  'interview.declined': {
    'zh-CN': '约谈协商“{title}”未予安排。理由：{reason}',
    en: 'The interview "{title}" will not take place. Reason: {reason}',
  },
  'written.solicited': {
    'zh-CN': '书面协商“{title}”正在征求意见，请于{deadline}前通过平台报送贵单位的意见。',
    en: 'Your unit’s written opinion on "{title}" is requested. Please reply through the platform by {deadline}.',
  },
  'written.material-sent': {
    'zh-CN': '已向贵单位送达书面协商材料“{title}”，请登录平台查阅。',
    en: 'The written consultation material "{title}" has been sent to your unit. Please sign in to read it.',
  },
  'written.reply-reminder': {
    'zh-CN': '书面协商“{title}”的意见将于{deadline}截止，贵单位尚未报送，请及时报送。',
    en: 'Replies to "{title}" close on {deadline} and your unit has not replied yet. Please reply in time.',
  },
  'written.reply-due': {
    'zh-CN': '书面协商“{title}”的意见已于{deadline}截止，贵单位未报送意见。',
    en: 'Replies to "{title}" closed on {deadline}; your unit did not reply.',
  },
  'case.fed-back': {
    'zh-CN': '协商意见“{title}”（第{number}号）的办理结果已反馈，请登录平台查看。',
    en: 'The result of the handling of "{title}" (no. {number}) has been fed back. Please sign in to read it.',
  },
  'case.reminder': {
    'zh-CN': '协商意见“{title}”（第{number}号）将于{dueDate}到期，请按时报送办理情况。',
    en: '"{title}" (no. {number}) is due on {dueDate}. Please report on its handling in time.',
  },
  'case.returned': {
    'zh-CN': '协商意见“{title}”（第{number}号）已被承办单位退回，请重新交办。退回理由：{reason}',
    en: '"{title}" (no. {number}) was returned by the department it was assigned to; please assign it again. Reason: {reason}',
  },
  'written.reply-submitted': {
    'zh-CN': '{branch}已报送对书面协商“{title}”的{reply}{late}，请登录平台查看。',
    en: '{branch} has submitted its {reply} on "{title}"{late}. Please sign in to read it.',
  },
  'supervision.published': {
    'zh-CN': '督查通报“{title}”已发布，通报单位{count}个，请登录平台查看。',
    en: 'The supervision report "{title}" has been published (units named: {count}). Please sign in to read it.',
  },
};

/**
 * The `{variables}` each template may use: a template saved with another is refused (422, the
 * field names the template), since the notice would show the placeholder instead of words.
 */
export const TEMPLATE_VARIABLES: Record<string, readonly string[]> = {
  'plan.solicited': ['title', 'year', 'deadline'],
  'plan.published': ['title', 'year', 'count'],
  'plan.revised': ['title', 'year', 'revision', 'reason'],
  'suggestion.decided': ['topic', 'decision', 'reason'],
  'meeting.notice': ['date', 'place', 'topic', 'unit'],
  'case.assigned': ['title', 'number', 'unit', 'dueDate'],
  'case.overdue': ['title', 'unit', 'dueDate'],
  'meeting.noticed': ['title', 'date', 'place', 'reason'],
  'meeting.documents-available': ['title', 'date', 'place', 'reason'],
  'meeting.rescheduled': ['title', 'date', 'place', 'reason'],
  'meeting.cancelled': ['title', 'date', 'place', 'reason'],
  'meeting.reminder': ['title', 'date', 'place', 'reason'],
  'meeting.notice-due': ['title', 'date'],
  'meeting.documents-due': ['title', 'date'],
  'interview.requested': ['title', 'date', 'place', 'reason'],
  'interview.scheduled': ['title', 'date', 'place', 'reason'],
  'interview.declined': ['title', 'date', 'place', 'reason'],
  'written.solicited': ['title', 'deadline'],
  'written.material-sent': ['title'],
  'written.reply-reminder': ['title', 'deadline'],
  'written.reply-due': ['title', 'deadline'],
  'case.fed-back': ['title', 'number'],
  'case.reminder': ['title', 'number', 'unit', 'dueDate'],
  'case.returned': ['title', 'number', 'reason'],
  'written.reply-submitted': ['title', 'branch', 'reply', 'late'],
  'supervision.published': ['title', 'year', 'count'],
};

/** The `{names}` of a template that its kind does not fill. */
export const unknownTemplateVariables = (name: string, template: string): string[] => {
  const known = TEMPLATE_VARIABLES[name];
  if (!known) return [];
  return [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1] as string).filter((variable) => !known.includes(variable));
};

export const templateKey = (name: string, locale: TemplateLocale): string => `template.${name}.${locale}`;

const templateSchema = text.trim().min(1).max(2000);

const checkedTemplateSchema = (name: string) =>
  templateSchema.superRefine((template, context) => {
    const unknown = unknownTemplateVariables(name, template);
    if (unknown.length > 0) {
      context.addIssue({ code: 'custom', message: `unknown variable ${unknown.map((v) => `{${v}}`).join(', ')}; use ${(TEMPLATE_VARIABLES[name] ?? []).map((v) => `{${v}}`).join(', ')}` });
    }
  });

export type SettingValue = number | string;

interface SettingDefinition {
  schema: z.ZodType<SettingValue>;
  default: SettingValue;
}

/** Every key a tenant may set, with its validation and built-in default. */
export const SETTING_DEFINITIONS: Record<string, SettingDefinition> = {
  ...NUMBER_SETTINGS,
  ...TEXT_SETTINGS,
  ...Object.fromEntries(
    Object.entries(TEMPLATE_DEFAULTS).flatMap(([name, texts]) =>
      TEMPLATE_LOCALES.map((locale) => [templateKey(name, locale), { schema: checkedTemplateSchema(name), default: texts[locale] }]),
    ),
  ),
};

export const SETTING_KEYS = Object.keys(SETTING_DEFINITIONS);

export const isSettingKey = (key: string): boolean => Object.hasOwn(SETTING_DEFINITIONS, key);

export type SettingSource = 'default' | 'city' | 'tenant';

export interface SettingEntry {
  /** The key again, as react-admin identifies records by `id`. */
  id: string;
  key: string;
  value: SettingValue;
  source: SettingSource;
}

export interface EffectiveSettingsView {
  tenant: string;
  /** The city whose values this tenant inherits; null for a city. */
  parent: string | null;
  settings: SettingEntry[];
}

export const putSettingsSchema = z.strictObject({ values: z.record(z.string(), z.unknown()) });
export type PutSettingsCommand = z.infer<typeof putSettingsSchema>;

export const resetSettingSchema = z.strictObject({ key: text.min(1).max(200) });
