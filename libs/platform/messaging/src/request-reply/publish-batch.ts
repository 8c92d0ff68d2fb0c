import type { NatsConnection, PublishOptions } from '@nats-io/transport-node';

/** A message waiting for the end of the turn, with what to do when NATS refuses it. */
interface Outgoing {
  subject: string;
  data: string;
  options: PublishOptions | undefined;
  refused(error: unknown): void;
}

/**
 * Publishes the messages of one event-loop turn together, at its end (`setImmediate`, after every
 * socket event of the turn was handled). The NATS client writes what is published within one
 * microtask in one write, but under load the replies to requests answered in one turn (and the
 * requests of HTTP calls read in one turn) each come from their own socket event, and each then
 * cost a write of its own and a read in nats-server. Held to the turn's end, they leave as one.
 * A message NATS refuses (larger than the server's `max_payload`, or the connection closed) goes
 * to its own `refused`; the others leave all the same.
 */
export class PublishBatch {
  private outgoing: Outgoing[] = [];

  constructor(private readonly connection: NatsConnection) {}

  publish(subject: string, data: string, options: PublishOptions | undefined, refused: (error: unknown) => void): void {
    this.outgoing.push({ subject, data, options, refused });
    if (this.outgoing.length === 1) setImmediate(() => this.send());
  }

  private send(): void {
    const outgoing = this.outgoing;
    this.outgoing = [];
    for (const { subject, data, options, refused } of outgoing) {
      try {
        this.connection.publish(subject, data, options);
      } catch (error) {
        refused(error);
      }
    }
  }
}
