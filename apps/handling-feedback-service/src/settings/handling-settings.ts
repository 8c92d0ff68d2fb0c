import { Injectable } from '@nestjs/common';
import { NUMBER_SETTINGS } from '@xieshang/contracts';
import { SettingsClient, settingOrDefault } from '@xieshang/platform-runtime';

/**
 * The tenant's handling period (`handling.reportMonths`) and time zone (`tenant.timeZone`), as
 * directory-service's settings say (a district inherits its city's), through the cached settings
 * client. Only when no directory answers at all are DOMAIN.md's defaults used.
 */
@Injectable()
export class HandlingSettings {
  constructor(private readonly settings: SettingsClient) {}

  reportMonths(tenantId?: string): Promise<number> {
    return settingOrDefault(this.settings.number('handling.reportMonths', tenantId), NUMBER_SETTINGS['handling.reportMonths'].default);
  }

  /** The tenant's calendar: due dates fall at its local time, case years are its years. */
  timeZone(tenantId?: string): Promise<string> {
    return this.settings.timeZone(tenantId);
  }
}
