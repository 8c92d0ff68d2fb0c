import { type DynamicModule, Global, Module } from '@nestjs/common';
import type { Logger } from '@xieshang/platform-observability';
import { ProbesController } from './probes.controller.js';
import { ReadinessRegistry } from './readiness.js';

export const APP_CONFIG = Symbol('APP_CONFIG');
export const APP_LOGGER = Symbol('APP_LOGGER');

/** What every app shares: its validated config, its logger, and the health/readiness/metrics probes. */
@Global()
@Module({})
export class RuntimeModule {
  static forApp(config: object, logger: Logger): DynamicModule {
    return {
      module: RuntimeModule,
      controllers: [ProbesController],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: APP_LOGGER, useValue: logger },
        ReadinessRegistry,
      ],
      exports: [APP_CONFIG, APP_LOGGER, ReadinessRegistry],
    };
  }
}
