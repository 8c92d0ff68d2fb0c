import { randomUUID } from 'node:crypto';
import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { type DistrictPlanFigures, PlanningSubject } from '@xieshang/contracts';
import { natsConnectionOptions } from '@xieshang/platform-config';
import { NatsRequestClient, ServiceRequester } from '@xieshang/platform-messaging';
import { APP_CONFIG, type ServiceConfig } from '@xieshang/platform-runtime';
import { findCaller, runAsCaller, systemCaller } from '@xieshang/platform-tenancy';

/**
 * Asks planning-service for the year's plan of each district, as the directory itself rather than
 * as the person: the directory has already decided which districts the person may see.
 */
@Injectable()
export class PlanningFiguresClient implements OnApplicationShutdown {
  private readonly requester: ServiceRequester;

  constructor(@Inject(APP_CONFIG) config: ServiceConfig) {
    this.requester = new ServiceRequester(
      new NatsRequestClient({ connection: natsConnectionOptions(config), name: 'directory-planning-figures' }),
      { nats: config, requestTimeoutMs: config.NATS_REQUEST_TIMEOUT_MS, service: 'directory-service' },
    );
  }

  districtPlans(tenantIds: readonly string[], year: number): Promise<DistrictPlanFigures[]> {
    const caller = findCaller();
    const system = systemCaller(caller?.correlationId ?? randomUUID(), caller?.tenantId ?? null);
    return runAsCaller(system, () => this.requester.request<DistrictPlanFigures[]>(PlanningSubject.DistrictPlanFigures, { tenantIds, year }));
  }

  async onApplicationShutdown(): Promise<void> {
    await this.requester.onApplicationShutdown();
  }
}
