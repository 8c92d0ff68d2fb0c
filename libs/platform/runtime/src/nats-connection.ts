import { connect, type NatsConnection } from '@nats-io/transport-node';
import type { ReadinessRegistry } from './readiness.js';

/** A NATS connection that reconnects for ever and tells `/ready` whether it is up. */
export const connectNats = async (url: string, name: string, readiness: ReadinessRegistry): Promise<NatsConnection> => {
  const connection = await connect({ servers: url, name, maxReconnectAttempts: -1, reconnectTimeWait: 1_000 });
  readiness.add({
    name: 'nats',
    probe: async () => {
      if (connection.isClosed()) throw new Error('closed');
      await connection.flush();
    },
  });
  return connection;
};
