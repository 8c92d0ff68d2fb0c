import { Injectable } from '@nestjs/common';
import { CommonErrorCode, NUMBER_SETTINGS } from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';
import { type NumberSettingKey, SettingsClient } from '@xieshang/platform-runtime';

export interface LeadDays {
  notice: number;
  documents: number;
}

/**
 * The tenant's lead times (§4.1.2), as directory-service's settings say, through the cached
 * settings client. Only when no directory answers at all are DOMAIN.md's defaults used.
 */
@Injectable()
export class MeetingSettings {
  constructor(private readonly settings: SettingsClient) {}

  async leadDays(tenantId?: string): Promise<LeadDays> {
    const keys: NumberSettingKey[] = ['meeting.noticeLeadDays', 'meeting.documentsLeadDays'];
    try {
      const [notice, documents] = await Promise.all(keys.map((key) => this.settings.number(key, tenantId)));
      return { notice: notice!, documents: documents! };
    } catch (error) {
      if (error instanceof AppException && error.code === CommonErrorCode.ServiceUnavailable) {
        return { notice: NUMBER_SETTINGS['meeting.noticeLeadDays'].default, documents: NUMBER_SETTINGS['meeting.documentsLeadDays'].default };
      }
      throw error;
    }
  }
}
