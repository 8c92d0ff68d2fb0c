import { connect, createInbox, errors, headers as natsHeaders, type Msg, type NatsConnection } from '@nats-io/transport-node';
import type { NatsConnectionOptions } from '@xieshang/platform-config';
import { PublishBatch } from './publish-batch.js';

export interface NatsRequestClientOptions {
  /** Server, the app's own credentials and TLS (`natsConnectionOptions`). */
  connection: NatsConnectionOptions;
  /** Names the connection in server monitoring. */
  name: string;
}

/** A reply: one message carrying the handler's value or its error (`RouteServer`). */
interface ReplyPacket {
  response?: unknown;
  err?: unknown;
}

/** A request waiting for its reply, by the token that ends its reply subject. */
interface Waiting {
  subject: string;
  timer: NodeJS.Timeout;
  resolve(message: Msg): void;
  reject(error: unknown): void;
}

/** The connection, the one inbox every reply of this client comes back to, and its requests going out. */
interface Link {
  connection: NatsConnection;
  inbox: string;
  requests: PublishBatch;
}

/**
 * Sends requests as `{pattern, data, id}` with the caller in headers, each with the reply subject
 * `<inbox>.<token>` of the client's one subscription (`<inbox>.*`), and matches the replies by
 * token. NATS's own request helper does the same but makes an error object per request for a
 * stack it might never show; here a request costs a publish, a timer and a map entry. The requests
 * of one event-loop turn leave together (`PublishBatch`). Connects
 * on first use and reconnects for ever, as services outlive NATS restarts.
 */
export class NatsRequestClient {
  private link: Promise<Link> | null = null;
  private readonly waiting = new Map<string, Waiting>();
  private nextToken = 0;

  constructor(private readonly options: NatsRequestClientOptions) {}

  /** The reply's value; a reply carrying an error is thrown as that error, as the service sent it. */
  async request(subject: string, data: unknown, wireHeaders: Record<string, string>, timeoutMs: number): Promise<unknown> {
    const { inbox, requests } = await this.connect();
    const headers = natsHeaders();
    for (const name in wireHeaders) headers.set(name, wireHeaders[name] as string);
    this.nextToken = (this.nextToken + 1) % Number.MAX_SAFE_INTEGER;
    const token = this.nextToken.toString(36);
    const packet = JSON.stringify({ pattern: subject, data: data ?? null, id: token });
    const message = await new Promise<Msg>((resolve, reject) => {
      const timer = setTimeout(() => this.settle(token)?.reject(new errors.TimeoutError()), timeoutMs);
      this.waiting.set(token, { subject, timer, resolve, reject });
      requests.publish(subject, packet, { reply: `${inbox}.${token}`, headers }, (error) => this.settle(token)?.reject(error));
    });
    const reply = message.json<ReplyPacket>();
    if (reply.err !== undefined && reply.err !== null) throw reply.err;
    return reply.response;
  }

  async close(): Promise<void> {
    const pending = this.link;
    this.link = null;
    const link = await pending?.catch(() => null);
    await link?.connection.drain().catch(() => undefined);
  }

  /** Takes a waiting request off the map, its timer stopped; undefined when it was already settled. */
  private settle(token: string): Waiting | undefined {
    const waiting = this.waiting.get(token);
    if (!waiting) return undefined;
    this.waiting.delete(token);
    clearTimeout(waiting.timer);
    return waiting;
  }

  private receive(inbox: string, message: Msg): void {
    // A reply that comes after its request timed out finds nobody waiting and is dropped.
    const waiting = this.settle(message.subject.slice(inbox.length + 1));
    if (!waiting) return;
    // A route server always answers with a body; an empty one is NATS's status 503, nobody listens.
    if (message.data.length === 0) waiting.reject(new errors.NoRespondersError(waiting.subject));
    else waiting.resolve(message);
  }

  private connect(): Promise<Link> {
    this.link ??= connect({
      ...this.options.connection,
      name: this.options.name,
      maxReconnectAttempts: -1,
      reconnectTimeWait: 1_000,
    })
      .then((connection) => {
        const inbox = createInbox();
        connection.subscribe(`${inbox}.*`, {
          callback: (error, message) => {
            if (error === null) this.receive(inbox, message);
          },
        });
        // Requests still waiting when the connection ends fail now rather than at their timeout.
        void connection.closed().then(() => {
          for (const token of [...this.waiting.keys()]) this.settle(token)?.reject(new errors.ClosedConnectionError());
        });
        return { connection, inbox, requests: new PublishBatch(connection) };
      })
      .catch((error: unknown) => {
        this.link = null;
        throw error;
      });
    return this.link;
  }
}
