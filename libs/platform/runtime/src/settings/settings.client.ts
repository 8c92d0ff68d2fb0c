import { CommonErrorCode, NUMBER_SETTINGS, templateKey, TEXT_SETTINGS, type EffectiveSettingsView, type SettingValue, type TemplateLocale } from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';
import { requireTenantId } from '@xieshang/platform-tenancy';
import type { SettingsCache } from './settings-cache.js';
import { settingOrDefault } from './setting-or-default.js';

export type NumberSettingKey = keyof typeof NUMBER_SETTINGS;

/**
 * What a service reads of the directory's per-tenant settings (lead days, yearly minimums,
 * notification templates), cached briefly and dropped when the directory reports a change.
 * Without a tenant argument it reads the current request's tenant.
 */
export class SettingsClient {
  constructor(private readonly cache: SettingsCache) {}

  effective(tenantId: string = requireTenantId()): Promise<EffectiveSettingsView> {
    return this.cache.get(tenantId);
  }

  async number(key: NumberSettingKey, tenantId?: string): Promise<number> {
    const value = await this.value(key, tenantId);
    if (typeof value !== 'number') throw new AppException(CommonErrorCode.Internal, `Setting ${key} is not a number`);
    return value;
  }

  /**
   * The tenant's IANA time zone (`tenant.timeZone`), for its deadlines and the dates it is told;
   * the default one while no directory answers, so a date reckoned on it never waits.
   */
  timeZone(tenantId?: string): Promise<string> {
    return settingOrDefault(this.value('tenant.timeZone', tenantId).then(String), TEXT_SETTINGS['tenant.timeZone'].default);
  }

  /** A notification text with its `{placeholders}` still open. */
  async template(name: string, locale: TemplateLocale, tenantId?: string): Promise<string> {
    return String(await this.value(templateKey(name, locale), tenantId));
  }

  async value(key: string, tenantId?: string): Promise<SettingValue> {
    const view = await this.effective(tenantId);
    const entry = view.settings.find((setting) => setting.key === key);
    if (!entry) throw new AppException(CommonErrorCode.Internal, `The directory knows no setting ${key}`);
    return entry.value;
  }

  /** Drops what is cached for a tenant and the tenants that inherit from it. */
  invalidate(tenantId: string): void {
    this.cache.invalidate(tenantId);
  }
}
