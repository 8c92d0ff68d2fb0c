import { Injectable } from '@nestjs/common';
import { CommonErrorCode, type EffectiveSettingsView, type NoticeKind, TEMPLATE_DEFAULTS, TEMPLATE_LOCALES, templateKey, type TemplateLocale } from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';
import { SettingsClient } from '@xieshang/platform-runtime';
import type { NoticeTemplates } from './notice-text.rules.js';

const builtIn = (kind: NoticeKind, locale: TemplateLocale): string => TEMPLATE_DEFAULTS[kind]?.[locale] ?? `{title}`;

/**
 * A tenant's text templates for a kind of notice, as the directory's settings give them (a
 * district inherits its city's). A directory that does not answer, or an older one that does not
 * know the template yet, leaves the built-in text: a notice in the default wording is better
 * than one that waits for the directory.
 */
@Injectable()
export class NoticeTemplateSource {
  constructor(private readonly settings: SettingsClient) {}

  async templates(kind: NoticeKind, tenantId: string): Promise<NoticeTemplates> {
    const view = await this.effective(tenantId);
    const text = (locale: TemplateLocale): string => {
      const value = view?.settings.find((entry) => entry.key === templateKey(kind, locale))?.value;
      return typeof value === 'string' && value.trim() ? value : builtIn(kind, locale);
    };
    return Object.fromEntries(TEMPLATE_LOCALES.map((locale) => [locale, text(locale)])) as Record<TemplateLocale, string>;
  }

  private async effective(tenantId: string): Promise<EffectiveSettingsView | null> {
    try {
      return await this.settings.effective(tenantId);
    } catch (error) {
      if (error instanceof AppException && error.code === CommonErrorCode.ServiceUnavailable) return null;
      throw error;
    }
  }
}
