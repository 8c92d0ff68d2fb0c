import { Injectable } from '@nestjs/common';
import { DEFAULT_TIME_ZONE } from '@xieshang/platform-deadlines';
import { SettingsClient, settingOrDefault } from '@xieshang/platform-runtime';

/** The district's clock (`tenant.timeZone`), through the cached settings client: the day a reply is due, the date a summary is issued. */
@Injectable()
export class WrittenSettings {
  constructor(private readonly settings: SettingsClient) {}

  timeZone(): Promise<string> {
    return settingOrDefault(this.settings.timeZone(), DEFAULT_TIME_ZONE);
  }
}
