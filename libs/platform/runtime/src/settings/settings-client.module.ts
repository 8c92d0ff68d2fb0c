import { randomUUID } from 'node:crypto';
import { type DynamicModule, Inject, Injectable, Module, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { NatsConnection, Subscription } from '@nats-io/transport-node';
import { SettingsEvent, SettingsSubject, type EffectiveSettingsView } from '@xieshang/contracts';
import { natsConnectionOptions } from '@xieshang/platform-config';
import { NatsRequestClient, ServiceRequester } from '@xieshang/platform-messaging';
import { findContext, runWithContext } from '@xieshang/platform-tenancy';
import { APP_CONFIG } from '../runtime.module.js';
import type { ServiceConfig } from '../service-config.js';
import { SERVICE_NATS } from '../service-events.module.js';
import { SettingsCache } from './settings-cache.js';
import { changedTenantOf } from './settings-change.rules.js';
import { SettingsClient } from './settings.client.js';

export interface SettingsClientOptions {
  /** How long a tenant's settings are served from memory; a reported change drops them sooner. */
  ttlMs?: number;
}

const SETTINGS_REQUESTER = Symbol('SETTINGS_REQUESTER');
const DEFAULT_TTL_MS = 60_000;

/** Asks the directory for a tenant's effective settings, as that tenant, whatever request is running. */
const fetchFrom =
  (requester: ServiceRequester) =>
  (tenantId: string): Promise<EffectiveSettingsView> =>
    runWithContext({ userId: null, roles: [], correlationId: randomUUID(), ...findContext(), tenantId }, () =>
      requester.request<EffectiveSettingsView>(SettingsSubject.Effective, null),
    );

/**
 * Drops cached settings when the directory reports a change. A core NATS subscription is enough:
 * JetStream's events are ordinary messages on their subject, and a missed one only waits out the TTL.
 */
@Injectable()
class SettingsChangeListener implements OnApplicationBootstrap, OnApplicationShutdown {
  private subscription: Subscription | null = null;

  constructor(
    @Inject(SERVICE_NATS) private readonly nats: NatsConnection,
    private readonly client: SettingsClient,
  ) {}

  onApplicationBootstrap(): void {
    this.subscription = this.nats.subscribe(SettingsEvent.Changed, {
      callback: (error, message) => {
        const tenantId = error ? null : changedTenantOf(message.data);
        if (tenantId) this.client.invalidate(tenantId);
      },
    });
  }

  onApplicationShutdown(): void {
    this.subscription?.unsubscribe();
  }
}

/**
 * Gives a service's providers a `SettingsClient`. Import it in a service module that also
 * imports `ServiceDatabaseModule` (whose NATS connection carries the change events).
 */
@Module({})
export class SettingsClientModule {
  static forRoot(options: SettingsClientOptions = {}): DynamicModule {
    return {
      module: SettingsClientModule,
      global: true,
      providers: [
        {
          provide: SETTINGS_REQUESTER,
          inject: [APP_CONFIG],
          useFactory: (config: ServiceConfig) =>
            new ServiceRequester(
              new NatsRequestClient({ connection: natsConnectionOptions(config), name: 'settings-client' }),
              { nats: config, requestTimeoutMs: config.NATS_REQUEST_TIMEOUT_MS, service: 'settings-client' },
            ),
        },
        {
          provide: SettingsClient,
          inject: [SETTINGS_REQUESTER],
          useFactory: (requester: ServiceRequester) =>
            new SettingsClient(new SettingsCache(fetchFrom(requester), { ttlMs: options.ttlMs ?? DEFAULT_TTL_MS })),
        },
        SettingsChangeListener,
      ],
      exports: [SettingsClient],
    };
  }
}
