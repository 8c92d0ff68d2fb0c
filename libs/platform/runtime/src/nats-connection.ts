import { connect, type NatsConnection } from '@nats-io/transport-node';
import { natsConnectionOptions, type NatsConnectionConfig } from '@xieshang/platform-config';
import type { ReadinessRegistry } from './readiness.js';

/** A NATS connection, as the app's own NATS user, that reconnects for ever and tells `/ready` whether it is up. */
export const connectNats = async (config: NatsConnectionConfig, name: string, readiness: ReadinessRegistry, check = 'nats'): Promise<NatsConnection> => {
  const connection = await connect({ ...natsConnectionOptions(config), name, maxReconnectAttempts: -1, reconnectTimeWait: 1_000 });
  readiness.add({
    name: check,
    probe: async () => {
      if (connection.isClosed()) throw new Error('closed');
      await connection.flush();
    },
  });
  return connection;
};
