import type { NatsConnection } from '@nats-io/transport-node';
import { PublishBatch } from './publish-batch.js';

/** A connection that records what is published, and refuses subjects starting with `refuse`. */
const recordingConnection = (published: string[]): NatsConnection =>
  ({
    publish: (subject: string, data: string) => {
      if (subject.startsWith('refuse')) throw new Error(`refused ${subject}`);
      published.push(`${subject} ${data}`);
    },
  }) as unknown as NatsConnection;

const endOfTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('publish batch', () => {
  it('publishes nothing during the turn, then everything of the turn in order at its end', async () => {
    const published: string[] = [];
    const batch = new PublishBatch(recordingConnection(published));
    batch.publish('a', '1', undefined, () => undefined);
    await Promise.resolve();
    batch.publish('b', '2', undefined, () => undefined);
    expect(published).toEqual([]);
    await endOfTurn();
    expect(published).toEqual(['a 1', 'b 2']);
  });

  it('hands a refused message to its own callback and sends the others', async () => {
    const published: string[] = [];
    const refusals: string[] = [];
    const batch = new PublishBatch(recordingConnection(published));
    batch.publish('a', '1', undefined, () => refusals.push('a'));
    batch.publish('refuse.b', '2', undefined, (error) => refusals.push((error as Error).message));
    batch.publish('c', '3', undefined, () => refusals.push('c'));
    await endOfTurn();
    expect(published).toEqual(['a 1', 'c 3']);
    expect(refusals).toEqual(['refused refuse.b']);
  });

  it('starts a new batch for what is published after one was sent', async () => {
    const published: string[] = [];
    const batch = new PublishBatch(recordingConnection(published));
    batch.publish('a', '1', undefined, () => undefined);
    await endOfTurn();
    batch.publish('b', '2', undefined, () => undefined);
    await endOfTurn();
    expect(published).toEqual(['a 1', 'b 2']);
  });
});
