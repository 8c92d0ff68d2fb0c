import { Module } from '@nestjs/common';
import { SettingsHandler } from './settings.handler.js';

/** Per-tenant settings with inheritance from the city, answered over NATS to the gateway and the services. */
@Module({
  providers: [SettingsHandler],
})
export class SettingsModule {}
