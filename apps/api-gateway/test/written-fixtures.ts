import { DeliverPolicy, jetstream } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { EVENTS_STREAM, type EventEnvelope } from '@xieshang/contracts';
import { callGateway, passwordToken, platformNatsOptions } from '@xieshang/platform-testing';
import { as, suffix } from './planning-fixtures.js';

/** A person of `orgUnitId` with `roles`, made by the tenant's admin, and their signed-in caller. */
export const newPerson = async (tenant: 'bazhou' | 'enyang', orgUnitId: string, roles: string[], label: string): Promise<ReturnType<typeof as>> => {
  const username = `written-${label}-${suffix()}`;
  const password = `written-${suffix()}-pw-${suffix()}`;
  const admin = await passwordToken(`${tenant}-admin`);
  const created = await callGateway('/api/v1/users', { token: admin, method: 'POST', body: { username, displayName: `${label}${suffix()}`, orgUnitId, roles, password } });
  if (created.status !== 201) throw new Error(`Could not create ${label}: ${created.status} ${JSON.stringify(created.body)}`);
  return as(await passwordToken(username, password));
};

/**
 * Every event on `subject` since `since` that `match` accepts, read for `waitMs` whole (an ordered
 * consumer; nothing durable is left behind): the test sees duplicates as well as missing ones.
 */
export const allEventsSince = async <T>(subject: string, since: Date, match: (envelope: EventEnvelope<T>) => boolean, waitMs = 6_000): Promise<EventEnvelope<T>[]> => {
  const connection = await connect(platformNatsOptions());
  try {
    const consumer = await jetstream(connection).consumers.get(EVENTS_STREAM, {
      filter_subjects: subject,
      deliver_policy: DeliverPolicy.StartTime,
      opt_start_time: since.toISOString(),
    });
    const found: EventEnvelope<T>[] = [];
    const deadline = Date.now() + waitMs;
    while (Date.now() < deadline) {
      const batch = await consumer.fetch({ max_messages: 200, expires: 1_000 });
      for await (const message of batch) {
        const envelope = message.json<EventEnvelope<T>>();
        if (match(envelope)) found.push(envelope);
      }
    }
    return found;
  } finally {
    await connection.close();
  }
};

export const inSeconds = (seconds: number): string => new Date(Date.now() + seconds * 1000).toISOString();

export const sleepUntil = async (instant: string): Promise<void> => {
  const wait = new Date(instant).getTime() - Date.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait + 500));
};
