import { JetStreamApiCodes, JetStreamApiError, StorageType, type JetStreamManager, type StreamConfig } from '@nats-io/jetstream';
import { nanos } from '@nats-io/transport-node';
import { DEAD_LETTER_STREAM, EVENTS_STREAM } from '@xieshang/contracts';

/** How long JetStream remembers a msgID; a relay that republishes within it creates no duplicate. */
export const DUPLICATE_WINDOW_MS = 2 * 60 * 1000;

export const streamConfigs = (): Array<Partial<StreamConfig> & { name: string }> => [
  {
    name: EVENTS_STREAM,
    subjects: ['evt.>'],
    storage: StorageType.File,
    duplicate_window: nanos(DUPLICATE_WINDOW_MS),
  },
  {
    name: DEAD_LETTER_STREAM,
    subjects: ['dlq.>'],
    storage: StorageType.File,
    duplicate_window: nanos(DUPLICATE_WINDOW_MS),
  },
];

const STREAM_NAME_IN_USE = 10058;

const hasCode = (error: unknown, code: number): boolean => error instanceof JetStreamApiError && error.code === code;

/**
 * Creates the event and dead-letter streams, or brings an existing one to this configuration.
 * Several services run this at boot at once, so losing the race to create is fine. Storage
 * cannot change on a live stream and is left as it is.
 */
export const ensureStreams = async (jsm: JetStreamManager): Promise<void> => {
  for (const config of streamConfigs()) {
    const { name, storage: _storage, ...changes } = config;
    try {
      await jsm.streams.info(name);
    } catch (error) {
      if (!hasCode(error, JetStreamApiCodes.StreamNotFound)) throw error;
      try {
        await jsm.streams.add(config);
        continue;
      } catch (addError) {
        if (!hasCode(addError, STREAM_NAME_IN_USE)) throw addError;
      }
    }
    await jsm.streams.update(name, changes);
  }
};
