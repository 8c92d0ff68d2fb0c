import { Injectable } from '@nestjs/common';
import { CommonErrorCode, NUMBER_SETTINGS } from '@xieshang/contracts';
import { DEFAULT_TIME_ZONE } from '@xieshang/platform-deadlines';
import { AppException } from '@xieshang/platform-errors';
import { SettingsClient } from '@xieshang/platform-runtime';

/**
 * The tenant's handling period (`handling.reportMonths`), as directory-service's settings say (a
 * district inherits its city's), through the cached settings client. Only when no directory
 * answers at all is DOMAIN.md's default used; any other failure is reported.
 */
@Injectable()
export class HandlingSettings {
  constructor(private readonly settings: SettingsClient) {}

  async reportMonths(tenantId?: string): Promise<number> {
    try {
      return await this.settings.number('handling.reportMonths', tenantId);
    } catch (error) {
      if (error instanceof AppException && error.code === CommonErrorCode.ServiceUnavailable) return NUMBER_SETTINGS['handling.reportMonths'].default;
      throw error;
    }
  }

  /** The tenant's calendar; every district is in China's until tenants carry a zone of their own (ADR 0006). */
  timeZone(): string {
    return DEFAULT_TIME_ZONE;
  }
}
