/** The part of an app's configuration that says how to reach NATS and as whom. */
export interface NatsConnectionConfig {
  NATS_URL: string;
  NATS_USER?: string | undefined;
  NATS_PASSWORD?: string | undefined;
  NATS_TLS_CA_FILE?: string | undefined;
}

/** Server, credentials and TLS for a NATS client (`@nats-io/transport-node` and Nest's NATS transport alike). */
export interface NatsConnectionOptions {
  servers: string;
  user?: string;
  pass?: string;
  tls?: { caFile: string };
}

/** One place that turns configuration into NATS connection options, so every connection of an app authenticates alike. */
export const natsConnectionOptions = (config: NatsConnectionConfig): NatsConnectionOptions => ({
  servers: config.NATS_URL,
  ...(config.NATS_USER ? { user: config.NATS_USER, pass: config.NATS_PASSWORD ?? '' } : {}),
  ...(config.NATS_TLS_CA_FILE ? { tls: { caFile: config.NATS_TLS_CA_FILE } } : {}),
});
