import { Controller, Get, Header, ServiceUnavailableException } from '@nestjs/common';
import { Public } from '@xieshang/platform-auth';
import { metricsRegistry } from '@xieshang/platform-observability';
import { ReadinessRegistry } from './readiness.js';

/** `/health` says the process lives; `/ready` that its dependencies answer. */
@Controller()
export class ProbesController {
  constructor(private readonly readiness: ReadinessRegistry) {}

  @Public()
  @Get('health')
  health(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Public()
  @Get('ready')
  async ready(): Promise<{ status: 'ready'; checks: Record<string, 'up'> }> {
    const results = await Promise.all(
      this.readiness.all().map(async (check) => [check.name, await check.probe().then(() => 'up' as const, (e: Error) => e.message)] as const),
    );
    const down = results.filter(([, state]) => state !== 'up');
    if (down.length > 0) throw new ServiceUnavailableException({ status: 'not ready', checks: Object.fromEntries(results) });
    return { status: 'ready', checks: Object.fromEntries(results) as Record<string, 'up'> };
  }
}

/** `/metrics` for Prometheus on the app's own port: services, whose ports are internal. */
@Controller()
export class MetricsController {
  @Public()
  @Get('metrics')
  @Header('Content-Type', metricsRegistry.contentType)
  metrics(): Promise<string> {
    return metricsRegistry.metrics();
  }
}
