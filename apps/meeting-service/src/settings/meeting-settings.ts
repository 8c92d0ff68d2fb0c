import { Injectable } from '@nestjs/common';
import { NUMBER_SETTINGS } from '@xieshang/contracts';
import { type NumberSettingKey, SettingsClient, settingOrDefault } from '@xieshang/platform-runtime';

export interface LeadDays {
  notice: number;
  documents: number;
}

const LEAD_DAY_KEYS: NumberSettingKey[] = ['meeting.noticeLeadDays', 'meeting.documentsLeadDays'];

/**
 * The tenant's lead times (§4.1.2) and time zone, as directory-service's settings say, through
 * the cached settings client. Only when no directory answers at all are DOMAIN.md's defaults used.
 */
@Injectable()
export class MeetingSettings {
  constructor(private readonly settings: SettingsClient) {}

  async leadDays(tenantId?: string): Promise<LeadDays> {
    const [notice, documents] = await settingOrDefault(
      Promise.all(LEAD_DAY_KEYS.map((key) => this.settings.number(key, tenantId))),
      LEAD_DAY_KEYS.map((key) => NUMBER_SETTINGS[key].default),
    );
    return { notice: notice!, documents: documents! };
  }

  /** The district's clock, on which a task's due day and a calendar's days are reckoned. */
  timeZone(tenantId?: string): Promise<string> {
    return this.settings.timeZone(tenantId);
  }
}
