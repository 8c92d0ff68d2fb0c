import { type DynamicModule, Global, Module } from '@nestjs/common';
import type { Logger } from '@xieshang/platform-observability';
import { MetricsController, ProbesController } from './probes.controller.js';
import { ReadinessRegistry } from './readiness.js';

export const APP_CONFIG = Symbol('APP_CONFIG');
export const APP_LOGGER = Symbol('APP_LOGGER');
export const APP_NAME = Symbol('APP_NAME');

/** What every app shares: its name, its validated config, its logger, and the health/readiness/metrics probes. */
@Global()
@Module({})
export class RuntimeModule {
  /** `metricsOnAppPort: false` leaves `/metrics` off the app's port, for an app that serves it elsewhere (`serveMetrics`). */
  static forApp(name: string, config: object, logger: Logger, { metricsOnAppPort = true }: { metricsOnAppPort?: boolean } = {}): DynamicModule {
    return {
      module: RuntimeModule,
      controllers: metricsOnAppPort ? [ProbesController, MetricsController] : [ProbesController],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: APP_LOGGER, useValue: logger },
        { provide: APP_NAME, useValue: name },
        ReadinessRegistry,
      ],
      exports: [APP_CONFIG, APP_LOGGER, APP_NAME, ReadinessRegistry],
    };
  }
}
