import { randomUUID } from 'node:crypto';
import { GATEWAY_URL } from '../launcher/catalog.mjs';
import { fixed, formatRow, percentile } from './stats.mjs';

const api = async (token, path) => {
  const response = await fetch(`${GATEWAY_URL}/api/v1${path}`, { headers: { authorization: `Bearer ${token}` } });
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
  return response.json();
};

/**
 * From an action's event to the notice in the reader's inbox, at a steady rate: events are
 * published as a producer's outbox relay does (`evt.meeting.meeting.noticed.v1`, the meeting
 * inviting 民盟, whose two people are each told), and each is timed until notification-service
 * announces, after its transaction committed, the reader's notice on the live subject the
 * gateways stream from. Open loop: the rate holds whatever the latency, so queueing shows in p99.
 */
export const loadNotices = async ({ natsUrl, producer, listener, readerToken, ratePerSecond, durationSeconds }) => {
  const { connect } = await import('@nats-io/transport-node');
  const { jetstream } = await import('@nats-io/jetstream');
  const me = await api(readerToken, '/me');
  const units = await api(readerToken, `/org-units?range=${encodeURIComponent('[0,99]')}`);
  const branch = units.find((unit) => unit.id === me.orgUnit?.id);
  if (!branch) throw new Error('the reader belongs to no org unit');
  const publisher = await connect({ servers: natsUrl, ...producer });
  const subscriber = await connect({ servers: natsUrl, ...listener });
  const sentAt = new Map();
  const latencies = [];
  const subscription = subscriber.subscribe(`notices.live.${me.tenant.code}.${me.id}`, {
    callback: (_error, message) => {
      const { title } = message.json();
      const started = sentAt.get(title);
      if (started === undefined) return;
      sentAt.delete(title);
      latencies.push(performance.now() - started);
    },
  });
  await subscriber.flush();
  const js = jetstream(publisher);
  const total = Math.round(ratePerSecond * durationSeconds);
  const began = performance.now();
  let errors = 0;
  const publishes = [];
  for (let index = 0; index < total; index += 1) {
    const due = began + (index * 1000) / ratePerSecond;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const title = `性能测试会议 ${index} ${randomUUID().slice(0, 8)}`;
    const envelope = {
      id: randomUUID(),
      type: 'meeting.meeting.noticed',
      version: 1,
      occurredAt: new Date().toISOString(),
      tenantId: me.tenant.code,
      correlationId: randomUUID(),
      causationId: null,
      actorId: null,
      payload: {
        meetingId: randomUUID(),
        title,
        type: 'thematic',
        startsAt: '2030-03-05T01:30:00.000Z',
        place: '区政协会议室',
        audience: { orgUnitIds: [branch.id], personIds: [], organiserOrgUnitIds: [], confidential: false },
        reason: null,
      },
    };
    sentAt.set(title, performance.now());
    publishes.push(js.publish('evt.meeting.meeting.noticed.v1', JSON.stringify(envelope), { msgID: envelope.id }).catch(() => (errors += 1)));
  }
  await Promise.all(publishes);
  const offered = performance.now() - began;
  const deadline = performance.now() + 60_000;
  while (sentAt.size > 0 && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  subscription.unsubscribe();
  await Promise.all([publisher.drain(), subscriber.drain()]);
  return {
    total,
    delivered: latencies.length,
    missing: sentAt.size,
    errors,
    offeredPerSecond: (total / offered) * 1000,
    recipientsPerEvent: 2,
    p50: percentile(latencies, 50),
    p90: percentile(latencies, 90),
    p99: percentile(latencies, 99),
    max: Math.max(...latencies),
  };
};

export const printNoticeReport = (result) => {
  const widths = [40, 8, 8, 8, 8, 9];
  console.log('');
  console.log(formatRow(['event → notice in inbox (open loop)', 'rate/s', 'p50 ms', 'p90 ms', 'p99 ms', 'missing'], widths));
  console.log(
    formatRow(
      [`${result.total} meeting notices, ${result.recipientsPerEvent} readers each`, fixed(result.offeredPerSecond, 0), fixed(result.p50, 1), fixed(result.p90, 1), fixed(result.p99, 1), result.missing],
      widths,
    ),
  );
};
