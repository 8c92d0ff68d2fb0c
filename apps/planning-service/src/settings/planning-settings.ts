import { Injectable } from '@nestjs/common';
import { NUMBER_SETTINGS } from '@xieshang/contracts';
import { type NumberSettingKey, SettingsClient, settingOrDefault } from '@xieshang/platform-runtime';
import type { YearlyMinimums } from '../plans/minimums.rules.js';
import type { StudyTourLimits } from '../research-topics/research-topic.rules.js';

/**
 * The tenant's planning numbers, as directory-service's settings say (a district inherits its
 * city's), through the cached settings client. Only when no directory answers at all are
 * DOMAIN.md's defaults used, so plans stay readable; any other failure is reported.
 */
@Injectable()
export class PlanningSettings {
  constructor(private readonly settings: SettingsClient) {}

  private numbers(keys: readonly NumberSettingKey[], tenantId?: string): Promise<number[]> {
    return settingOrDefault(
      Promise.all(keys.map((key) => this.settings.number(key, tenantId))),
      keys.map((key) => NUMBER_SETTINGS[key].default),
    );
  }

  /** The district's clock (`tenant.timeZone`): which day "today" is for its deadlines and documents. */
  timeZone(): Promise<string> {
    return this.settings.timeZone();
  }

  /** The current tenant's, or the named tenant's for a system request about several. */
  async yearlyMinimums(tenantId?: string): Promise<YearlyMinimums> {
    const [thematic, research, briefing] = await this.numbers(['plan.minThematic', 'plan.minResearch', 'plan.minBriefing'], tenantId);
    return { thematic, research, briefing };
  }

  async studyTourLimits(): Promise<StudyTourLimits> {
    const [min, max] = await this.numbers(['research.studyToursMin', 'research.studyToursMax']);
    return { min, max };
  }
}
