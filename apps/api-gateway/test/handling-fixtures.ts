import { randomUUID } from 'node:crypto';
import { jetstream } from '@nats-io/jetstream';
import { connect, headers as natsHeaders } from '@nats-io/transport-node';
import { type CaseView, type EventEnvelope, OpinionEvent, type OpinionRecordedPayload, WireHeader } from '@xieshang/contracts';
import { eventually, platformNatsOptions } from '@xieshang/platform-testing';
import { as } from './planning-fixtures.js';

/**
 * Publishes an opinion as meeting- or written-consultation-service would: the outbox relay's
 * envelope and headers, on the events stream, with the envelope id as the message id. `eventId`
 * names a second publication of the same event (the relay retrying).
 */
export const publishOpinion = (
  tenantId: string,
  payload: OpinionRecordedPayload,
  options: { subject?: string; eventId?: string } = {},
): Promise<EventEnvelope<OpinionRecordedPayload>> => publishEvent(options.subject ?? OpinionEvent.FromMeeting, tenantId, payload, options.eventId);

/** Publishes any event as another service's outbox relay would. */
export const publishEvent = async <T>(subject: string, tenantId: string, payload: T, eventId?: string): Promise<EventEnvelope<T>> => {
  const envelope: EventEnvelope<T> = {
    id: eventId ?? randomUUID(),
    type: subject.replace(/^evt\./, '').replace(/\.v1$/, ''),
    version: 1,
    occurredAt: new Date().toISOString(),
    tenantId,
    correlationId: randomUUID(),
    causationId: null,
    actorId: null,
    payload,
  };
  const connection = await connect(platformNatsOptions());
  try {
    const headers = natsHeaders();
    headers.set(WireHeader.TenantId, tenantId);
    headers.set(WireHeader.CorrelationId, envelope.correlationId);
    await jetstream(connection).publish(subject, JSON.stringify(envelope), { msgID: `${envelope.id}-${randomUUID()}`, headers });
  } finally {
    await connection.close();
  }
  return envelope;
};

export const opinion = (partyOrgUnitId: string | null, text: string, overrides: Partial<OpinionRecordedPayload> = {}): OpinionRecordedPayload => ({
  opinionId: randomUUID(),
  source: { kind: 'meeting', recordId: randomUUID(), title: '专题协商会', section: null, draftingOrgUnitId: null },
  partyOrgUnitId,
  raisedByPersonId: null,
  raisedByName: '民盟巴州区委',
  text,
  suggestedTrack: 'actionable',
  raisedAt: new Date().toISOString(),
  ...overrides,
});

const query = (filter: object) => `?filter=${encodeURIComponent(JSON.stringify(filter))}&range=${encodeURIComponent('[0,99]')}`;

/** The cases `caller` reads whose text holds `marker`, once `count` of them are there. */
export const casesWith = async (caller: ReturnType<typeof as>, marker: string, count = 1): Promise<CaseView[]> =>
  eventually(async () => (await caller(`/cases${query({ q: marker })}`)).body as CaseView[], {
    until: (cases) => Array.isArray(cases) && cases.length >= count,
    timeoutMs: 20_000,
    what: `${count} case(s) with ${marker}`,
  });

export const listCases = async (caller: ReturnType<typeof as>, filter: object): Promise<CaseView[]> => (await caller(`/cases${query(filter)}`)).body as CaseView[];
