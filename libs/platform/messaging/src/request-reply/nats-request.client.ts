import { connect, errors, headers as natsHeaders, type NatsConnection } from '@nats-io/transport-node';
import type { NatsConnectionOptions } from '@xieshang/platform-config';

export interface NatsRequestClientOptions {
  /** Server, the app's own credentials and TLS (`natsConnectionOptions`). */
  connection: NatsConnectionOptions;
  /** Names the connection in server monitoring. */
  name: string;
}

/** A Nest NATS reply: one message carrying the handler's value or its error. */
interface ReplyPacket {
  response?: unknown;
  err?: unknown;
}

/**
 * Sends requests in the Nest NATS wire format (`{pattern, data, id}` out, `{response | err}` back)
 * over the connection's one multiplexed reply subscription. Nest's own client subscribes and
 * unsubscribes a fresh inbox for every request, three protocol operations where one will do.
 * Connects on first use and reconnects for ever, as services outlive NATS restarts.
 */
export class NatsRequestClient {
  private connection: Promise<NatsConnection> | null = null;
  private nextId = 0;

  constructor(private readonly options: NatsRequestClientOptions) {}

  /** The reply's value; a reply carrying an error is thrown as that error, as the service sent it. */
  async request(subject: string, data: unknown, wireHeaders: Record<string, string>, timeoutMs: number): Promise<unknown> {
    const connection = await this.connect();
    const headers = natsHeaders();
    for (const name in wireHeaders) headers.set(name, wireHeaders[name] as string);
    this.nextId = (this.nextId + 1) % Number.MAX_SAFE_INTEGER;
    const packet = JSON.stringify({ pattern: subject, data: data ?? null, id: String(this.nextId) });
    const message = await connection.request(subject, packet, { timeout: timeoutMs, headers }).catch((error: unknown) => {
      throw error instanceof errors.RequestError && error.isNoResponders() ? error.cause : error;
    });
    if (message.data.length === 0) throw new errors.NoRespondersError(subject);
    const reply = message.json<ReplyPacket>();
    if (reply.err !== undefined && reply.err !== null) throw reply.err;
    return reply.response;
  }

  async close(): Promise<void> {
    const pending = this.connection;
    this.connection = null;
    const connection = await pending?.catch(() => null);
    await connection?.drain().catch(() => undefined);
  }

  private connect(): Promise<NatsConnection> {
    this.connection ??= connect({
      ...this.options.connection,
      name: this.options.name,
      maxReconnectAttempts: -1,
      reconnectTimeWait: 1_000,
      // An Error captured per request only to improve a timeout's stack costs more than the request.
      noAsyncTraces: true,
    }).catch((error: unknown) => {
      this.connection = null;
      throw error;
    });
    return this.connection;
  }
}
