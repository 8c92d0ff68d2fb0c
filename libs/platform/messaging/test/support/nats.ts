import { randomBytes } from 'node:crypto';
import { jetstreamManager, type JetStreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { EVENTS_STREAM } from '@xieshang/contracts';
import type { NatsConnectionConfig } from '@xieshang/platform-config';
import { platformNatsOptions } from '@xieshang/platform-testing';
import { ensureStreams } from '../../src/index.js';

/** The platform's NATS as the test runner's user; `url` names a server of a test's own instead, which has no users. */
export const connectNats = (url?: string): Promise<NatsConnection> =>
  connect({ ...(url ? { servers: url } : platformNatsOptions()), maxReconnectAttempts: -1, reconnectTimeWait: 250, name: 'messaging-tests' });

/** The same, as app configuration, for the Nest modules under test. */
export const TEST_NATS: NatsConnectionConfig = (() => {
  const options = platformNatsOptions();
  return { NATS_URL: options.servers, NATS_USER: options.user, NATS_PASSWORD: options.pass };
})();

export const connectWithStreams = async (url?: string): Promise<{ nc: NatsConnection; jsm: JetStreamManager }> => {
  const nc = await connectNats(url);
  const jsm = await jetstreamManager(nc);
  await ensureStreams(jsm);
  return { nc, jsm };
};

/** A subject family no other suite publishes on, since the event stream is shared. */
export const uniqueEventSubject = (): string => `evt.test${randomBytes(4).toString('hex')}.thing.happened.v1`;

/** Messages the event stream holds on one subject, counted by the server. */
export const storedCount = async (jsm: JetStreamManager, subject: string, stream = EVENTS_STREAM): Promise<number> => {
  const info = await jsm.streams.info(stream, { subjects_filter: subject });
  return info.state.subjects?.[subject] ?? 0;
};

