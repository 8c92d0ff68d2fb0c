/** Where a setting's value comes from: the platform default, the city, or this tenant itself. */
export type SettingSource = 'default' | 'city' | 'tenant';
export type SettingValue = string | number | boolean;

export interface SettingRow {
  id: string;
  key: string;
  value: SettingValue;
  source: SettingSource;
}

/** The rule settings of DOMAIN.md, in the order a district office reads them. */
export const RULE_SETTING_KEYS = [
  'plan.minThematic',
  'plan.minResearch',
  'plan.minBriefing',
  'meeting.noticeLeadDays',
  'meeting.documentsLeadDays',
  'handling.reportMonths',
  'research.studyToursMin',
  'research.studyToursMax',
  'tenant.timeZone',
] as const;

const TEMPLATE_KEY = /^template\.(.+)\.(zh-CN|en)$/;

const isSource = (value: unknown): value is SettingSource => value === 'default' || value === 'city' || value === 'tenant';

const isValue = (value: unknown): value is SettingValue => ['string', 'number', 'boolean'].includes(typeof value);

const toRow = (key: string, raw: unknown): SettingRow | null => {
  if (typeof raw !== 'object' || raw === null) return isValue(raw) ? { id: key, key, value: raw, source: 'default' } : null;
  const { value, source } = raw as { value?: unknown; source?: unknown };
  if (!isValue(value)) return null;
  return { id: key, key, value, source: isSource(source) ? source : 'default' };
};

const rank = (key: string): number => {
  const index = (RULE_SETTING_KEYS as readonly string[]).indexOf(key);
  return index >= 0 ? index : RULE_SETTING_KEYS.length;
};

const listOf = (body: unknown): unknown => {
  const wrapped = (body as { settings?: unknown } | null)?.settings;
  return Array.isArray(wrapped) ? wrapped : body;
};

/**
 * The settings as rows, whether the API sends `[{ key, value, source }]`, that list under
 * `settings`, or an object keyed by setting; rule settings first in their usual order, then
 * templates by key.
 */
export const settingRows = (response: unknown): SettingRow[] => {
  const body = listOf(response);
  const entries: [string, unknown][] = Array.isArray(body)
    ? body.flatMap((item) => (typeof item?.key === 'string' ? [[item.key, item] as [string, unknown]] : []))
    : typeof body === 'object' && body !== null
      ? Object.entries(body)
      : [];
  return entries
    .map(([key, raw]) => toRow(key, raw))
    .filter((row): row is SettingRow => row !== null)
    .sort((a, b) => rank(a.key) - rank(b.key) || a.key.localeCompare(b.key));
};

/** A template key's parts, or null for a rule setting. */
export const templateParts = (key: string): { name: string; language: string } | null => {
  const match = TEMPLATE_KEY.exec(key);
  return match ? { name: match[1]!, language: match[2]! } : null;
};

/**
 * The values to send for what the user changed, each in the type of the value it replaces;
 * a number field left with something that is no number is reported by key.
 */
export const changedValues = (
  rows: readonly SettingRow[],
  drafts: Readonly<Record<string, string>>,
): { values: Record<string, SettingValue>; invalid: string[] } => {
  const values: Record<string, SettingValue> = {};
  const invalid: string[] = [];
  for (const row of rows) {
    const draft = drafts[row.key];
    if (draft === undefined || draft === String(row.value)) continue;
    if (typeof row.value === 'number') {
      const number = Number(draft.trim());
      if (draft.trim() === '' || !Number.isInteger(number) || number < 0) invalid.push(row.key);
      else values[row.key] = number;
    } else if (typeof row.value === 'boolean') values[row.key] = draft === 'true';
    else values[row.key] = draft;
  }
  return { values, invalid };
};
