import { randomBytes } from 'node:crypto';
import { AckPolicy, type JetStreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { EVENTS_STREAM } from '@xieshang/contracts';
import { retireDurableConsumers } from '../src/index.js';
import { connectWithStreams, uniqueEventSubject } from './support/nats.js';

/** A service that renamed its consumers deletes the old ones at start; one already gone is no error. */
describe('retired durable consumers', () => {
  let nc: NatsConnection;
  let jsm: JetStreamManager;
  const name = (purpose: string) => `test_retired_${randomBytes(4).toString('hex')}_${purpose}`;
  const names = async (): Promise<string[]> => (await jsm.consumers.list(EVENTS_STREAM).next()).map((info) => info.name);

  beforeAll(async () => {
    ({ nc, jsm } = await connectWithStreams());
  });

  afterAll(async () => {
    await nc?.close();
  });

  it('deletes the retired consumers that exist, passes over those that do not, and leaves the others', async () => {
    const [old, kept, neverMade] = [name('old'), name('kept'), name('never')];
    for (const durable of [old, kept]) {
      await jsm.consumers.add(EVENTS_STREAM, { durable_name: durable, ack_policy: AckPolicy.Explicit, filter_subject: uniqueEventSubject() });
    }
    expect(await retireDurableConsumers(jsm, [old, neverMade])).toEqual([old]);
    expect(await retireDurableConsumers(jsm, [old])).toEqual([]);
    const left = await names();
    expect(left).toContain(kept);
    expect(left).not.toContain(old);
    await jsm.consumers.delete(EVENTS_STREAM, kept);
  });
});
