import {
  SETTING_DEFINITIONS,
  SETTING_KEYS,
  type FieldError,
  type SettingEntry,
  type SettingValue,
} from '@xieshang/contracts';

export type StoredSettings = Readonly<Record<string, unknown>>;

const valid = (key: string, value: unknown): value is SettingValue =>
  value !== undefined && SETTING_DEFINITIONS[key]?.schema.safeParse(value).success === true;

/**
 * The effective value of every setting: the tenant's own, else its city's, else the built-in
 * default. A stored value that no longer passes its key's rule is passed over, not served.
 */
export const resolveEffective = (own: StoredSettings, city: StoredSettings | null): SettingEntry[] =>
  SETTING_KEYS.map((key) => {
    const definition = SETTING_DEFINITIONS[key]!;
    if (valid(key, own[key])) return { id: key, key, value: own[key], source: 'tenant' };
    if (city && valid(key, city[key])) return { id: key, key, value: city[key], source: 'city' };
    return { id: key, key, value: definition.default, source: 'default' };
  });

const fieldOf = (key: string) => `values.${key}`;

/** Each given value checked against its key's rule; an unknown key is named as such. */
export const parseChanges = (values: Readonly<Record<string, unknown>>): { changes: Record<string, SettingValue>; errors: FieldError[] } => {
  const changes: Record<string, SettingValue> = {};
  const errors: FieldError[] = [];
  for (const [key, value] of Object.entries(values)) {
    const definition = SETTING_DEFINITIONS[key];
    if (!definition) {
      errors.push({ path: fieldOf(key), message: `${key} is not a setting` });
      continue;
    }
    const result = definition.schema.safeParse(value);
    if (result.success) changes[key] = result.data;
    else errors.push({ path: fieldOf(key), message: result.error.issues.map((issue) => issue.message).join('; ') });
  }
  return { changes, errors };
};

/** Rules between settings, checked on the values that would be in effect. */
export const crossSettingErrors = (effective: readonly SettingEntry[]): FieldError[] => {
  const value = (key: string) => effective.find((entry) => entry.key === key)?.value;
  const min = value('research.studyToursMin');
  const max = value('research.studyToursMax');
  if (typeof min === 'number' && typeof max === 'number' && min > max) {
    return [{ path: fieldOf('research.studyToursMin'), message: `research.studyToursMin (${min}) must not exceed research.studyToursMax (${max})` }];
  }
  return [];
};
