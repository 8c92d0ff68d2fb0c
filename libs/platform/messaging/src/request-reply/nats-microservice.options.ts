import { Transport, type NatsOptions } from '@nestjs/microservices';
import { natsConnectionOptions, type NatsConnectionConfig } from '@xieshang/platform-config';

export interface NatsMicroserviceSettings {
  nats: NatsConnectionConfig;
  /** The service name; it is also the queue group, so the replicas of a service share its requests. */
  service: string;
}

/** Options for `NestFactory.createMicroservice` / `app.connectMicroservice` on the NATS transport. */
export const natsMicroserviceOptions = ({ nats, service }: NatsMicroserviceSettings): NatsOptions => ({
  transport: Transport.NATS,
  options: {
    ...natsConnectionOptions(nats),
    name: service,
    queue: service,
    // A service outlives NATS restarts: it keeps trying instead of giving up after ten attempts.
    maxReconnectAttempts: -1,
    reconnectTimeWait: 1_000,
    gracefulShutdown: true,
    gracePeriod: 1_000,
  },
});
