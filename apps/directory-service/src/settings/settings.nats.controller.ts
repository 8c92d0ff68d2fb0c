import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { SettingsSubject, type EffectiveSettingsView } from '@xieshang/contracts';
import { SettingsHandler } from './settings.handler.js';

@Controller()
export class SettingsNatsController {
  constructor(private readonly settings: SettingsHandler) {}

  /** Also what other services ask, through the SettingsClient of @xieshang/platform-runtime. */
  @MessagePattern(SettingsSubject.Effective)
  effective(): Promise<EffectiveSettingsView> {
    return this.settings.effective();
  }

  @MessagePattern(SettingsSubject.Put)
  put(@Payload() payload: unknown): Promise<EffectiveSettingsView> {
    return this.settings.put(payload);
  }

  @MessagePattern(SettingsSubject.Reset)
  reset(@Payload() payload: unknown): Promise<EffectiveSettingsView> {
    return this.settings.reset(payload);
  }
}
