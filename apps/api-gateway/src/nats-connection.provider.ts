import { Inject, Injectable, type OnApplicationShutdown, type Provider } from '@nestjs/common';
import type { NatsConnection } from '@nats-io/transport-node';
import { APP_CONFIG, connectNats, ReadinessRegistry } from '@xieshang/platform-runtime';
import type { GatewayConfig } from './config/config.schema.js';

export const NATS_CONNECTION = Symbol('NATS_CONNECTION');

/** The gateway's own NATS connection, for JetStream key-value (idempotency) and readiness. */
export const natsConnectionProvider: Provider = {
  provide: NATS_CONNECTION,
  inject: [APP_CONFIG, ReadinessRegistry],
  useFactory: async (config: GatewayConfig, readiness: ReadinessRegistry): Promise<NatsConnection> => {
    return connectNats(config, 'api-gateway', readiness);
  },
};

@Injectable()
export class NatsConnectionCloser implements OnApplicationShutdown {
  constructor(@Inject(NATS_CONNECTION) private readonly connection: NatsConnection) {}

  async onApplicationShutdown(): Promise<void> {
    await this.connection.drain().catch(() => undefined);
  }
}
