import { Module } from '@nestjs/common';
import { SettingsHandler } from './settings.handler.js';
import { SettingsNatsController } from './settings.nats.controller.js';

/** Per-tenant settings with inheritance from the city, answered over NATS to the gateway and the services. */
@Module({
  controllers: [SettingsNatsController],
  providers: [SettingsHandler],
})
export class SettingsModule {}
