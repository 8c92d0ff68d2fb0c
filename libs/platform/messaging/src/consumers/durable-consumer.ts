import { AckPolicy, DeliverPolicy, JetStreamApiCodes, JetStreamApiError, type ConsumerConfig, type JetStreamManager } from '@nats-io/jetstream';
import { nanos } from '@nats-io/transport-node';
import { EVENTS_STREAM } from '@xieshang/contracts';

const CONSUMER_NAME = /^[A-Za-z0-9_-]{1,128}$/;

export const checkConsumerName = (durable: string): string => {
  if (!CONSUMER_NAME.test(durable)) {
    throw new Error(`Consumer name ${durable} must use letters, digits, "-" and "_" only (NATS forbids dots)`);
  }
  return durable;
};

export interface DurableSettings {
  durable: string;
  filterSubjects: string | readonly string[];
  ackWaitMs: number;
  prefetch: number;
  /**
   * Where a consumer created now starts: `all` reads the stream from its beginning; `new` only
   * what arrives from now on, so a new subscription tells nobody about old events. An existing
   * consumer keeps its position either way.
   */
  startFrom?: 'all' | 'new';
}

/**
 * Creates the durable pull consumer on the event stream, or updates the settings that may change.
 * Redelivery is unlimited on the server: the consumer itself parks a message after its last
 * attempt, so a crash between attempts cannot drop a message silently.
 */
export const ensureDurableConsumer = async (jsm: JetStreamManager, settings: DurableSettings): Promise<void> => {
  const subjects = typeof settings.filterSubjects === 'string' ? [settings.filterSubjects] : [...settings.filterSubjects];
  const filter: Partial<ConsumerConfig> = subjects.length === 1 ? { filter_subject: subjects[0] } : { filter_subjects: subjects };
  const changeable: Partial<ConsumerConfig> = {
    ...filter,
    ack_wait: nanos(settings.ackWaitMs),
    max_ack_pending: Math.max(1_000, settings.prefetch * 4),
  };
  try {
    await jsm.consumers.add(EVENTS_STREAM, {
      durable_name: checkConsumerName(settings.durable),
      ack_policy: AckPolicy.Explicit,
      deliver_policy: settings.startFrom === 'new' ? DeliverPolicy.New : DeliverPolicy.All,
      max_deliver: -1,
      ...changeable,
    });
  } catch (error) {
    if (!(error instanceof JetStreamApiError)) throw error;
    await jsm.consumers.update(EVENTS_STREAM, settings.durable, changeable);
  }
};

/**
 * Deletes durable consumers a service no longer reads (renamed or merged), so they stop holding
 * messages on the event stream; one already gone is fine. Returns the names it deleted.
 */
export const retireDurableConsumers = async (jsm: JetStreamManager, durables: readonly string[]): Promise<string[]> => {
  const deleted: string[] = [];
  for (const durable of durables) {
    try {
      if (await jsm.consumers.delete(EVENTS_STREAM, checkConsumerName(durable))) deleted.push(durable);
    } catch (error) {
      if (!(error instanceof JetStreamApiError && error.code === JetStreamApiCodes.ConsumerNotFound)) throw error;
    }
  }
  return deleted;
};
