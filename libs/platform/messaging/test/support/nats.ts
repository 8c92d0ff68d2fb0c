import { randomBytes } from 'node:crypto';
import { jetstreamManager, type JetStreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { EVENTS_STREAM } from '@xieshang/contracts';
import { ensureStreams } from '../../src/index.js';

export const SHARED_NATS_URL = process.env['NATS_URL'] ?? 'nats://127.0.0.1:4222';

export const connectNats = (url = SHARED_NATS_URL): Promise<NatsConnection> =>
  connect({ servers: url, maxReconnectAttempts: -1, reconnectTimeWait: 250, name: 'messaging-tests' });

export const connectWithStreams = async (url = SHARED_NATS_URL): Promise<{ nc: NatsConnection; jsm: JetStreamManager }> => {
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

