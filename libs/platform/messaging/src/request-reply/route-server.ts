import type { Msg, NatsConnection, Subscription } from '@nats-io/transport-node';
import { CommonErrorCode } from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';
import { natsHandled, type Logger } from '@xieshang/platform-observability';
import { runAsCaller } from '@xieshang/platform-tenancy';
import { callerFromHeaders } from './wire-headers.js';
import { PublishBatch } from './publish-batch.js';
import { toWireError } from './wire-error.mapping.js';

/** What one subject does with a request's payload, in its caller's context. */
export type RouteAnswer = (payload: unknown) => unknown;

export interface RouteServerOptions {
  connection: NatsConnection;
  /** The service's name: its queue group, so replicas share the requests and each is answered once. */
  queue: string;
  answers: ReadonlyMap<string, RouteAnswer>;
  logger: Logger;
  /** How long `stop` waits for requests already being answered. */
  gracePeriodMs?: number;
}

/** A request as `NatsRequestClient` sends it: `{pattern, data, id}`. */
interface RequestPacket {
  data?: unknown;
  id?: unknown;
}

const outcomeOf = (error: unknown): string => (error instanceof AppException ? error.code : 'error');

const packetOf = (message: Msg): RequestPacket => {
  let packet: unknown;
  try {
    packet = message.json();
  } catch {
    throw new AppException(CommonErrorCode.InvalidInput, 'The request is not JSON');
  }
  if (typeof packet !== 'object' || packet === null || Array.isArray(packet)) {
    throw new AppException(CommonErrorCode.InvalidInput, 'The request is not a request packet');
  }
  return packet as RequestPacket;
};

/**
 * Answers a service's subjects over NATS request/reply: a subscription per subject in the
 * service's queue group; each request runs as the caller its headers describe (tenant, person,
 * roles, correlation id), and its value or its failure goes back as `{response | err, id}`. An
 * unexpected failure is logged with its stack and answered as `COMMON.INTERNAL`, so no internals
 * cross the wire. One function call per request between the socket and the handler.
 */
export class RouteServer {
  private readonly subscriptions: Subscription[] = [];
  private readonly answering = new Set<Promise<void>>();
  private readonly replies: PublishBatch;

  constructor(private readonly options: RouteServerOptions) {
    this.replies = new PublishBatch(options.connection);
  }

  start(): void {
    const { connection, queue, answers } = this.options;
    for (const [subject, answer] of answers) {
      const subscription = connection.subscribe(subject, {
        queue,
        callback: (error, message) => {
          if (error) return;
          const answered = this.answer(subject, answer, message).finally(() => this.answering.delete(answered));
          this.answering.add(answered);
        },
      });
      this.subscriptions.push(subscription);
    }
  }

  /** Takes no new request, then waits (at most the grace period) for those being answered. */
  async stop(): Promise<void> {
    await Promise.all(this.subscriptions.map((subscription) => subscription.drain().catch(() => undefined)));
    this.subscriptions.length = 0;
    let timer: NodeJS.Timeout | undefined;
    const grace = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, this.options.gracePeriodMs ?? 1_000);
    });
    await Promise.race([Promise.allSettled([...this.answering]), grace]);
    clearTimeout(timer);
    // The last replies leave at the end of the turn they were answered in; let it come.
    await new Promise((resolve) => setImmediate(resolve));
  }

  private async answer(subject: string, answer: RouteAnswer, message: Msg): Promise<void> {
    let id: unknown;
    let reply: string;
    try {
      const packet = packetOf(message);
      id = packet.id;
      const caller = callerFromHeaders(message.headers);
      reply = await runAsCaller(caller, () => this.reply(subject, answer, packet.data, id));
    } catch (error) {
      reply = this.failure(subject, error, id);
    }
    if (message.reply) this.send(message.reply, reply, subject, id);
  }

  /**
   * Sends a reply with the others of this turn. One NATS refuses (a value larger than the
   * server's `max_payload`) is answered as a failure instead, so the requester learns at once.
   */
  private send(to: string, reply: string, subject: string, id: unknown): void {
    this.replies.publish(to, reply, undefined, (error) => {
      this.replies.publish(to, this.failure(subject, error, id), undefined, () => undefined);
    });
  }

  /** Runs in the caller's context, so that a failure is logged with its correlation id. */
  private async reply(subject: string, answer: RouteAnswer, data: unknown, id: unknown): Promise<string> {
    try {
      const reply = JSON.stringify({ response: await answer(data), isDisposed: true, id });
      natsHandled.inc({ subject, outcome: 'ok' });
      return reply;
    } catch (error) {
      return this.failure(subject, error, id);
    }
  }

  private failure(subject: string, error: unknown, id: unknown): string {
    const { wire, expected } = toWireError(error);
    if (!expected) this.options.logger.error({ err: error, subject }, 'NATS handler failed');
    natsHandled.inc({ subject, outcome: outcomeOf(error) });
    return JSON.stringify({ err: wire, isDisposed: true, id });
  }
}
