import type { EventEnvelope } from '@xieshang/contracts';
import { asStoredJson, chainedContentOf } from './audit-append.rules.js';

const envelope = (overrides: Partial<EventEnvelope> = {}): EventEnvelope => ({
  id: '5b0c7a3e-8f55-4a8e-9d51-6f1f6f0b8a01',
  type: 'planning.audit.recorded',
  version: 1,
  occurredAt: '2026-03-02T10:15:00+08:00',
  tenantId: 'bazhou',
  correlationId: 'corr-1',
  causationId: null,
  actorId: 'person-7',
  payload: { context: 'planning', entity: 'plan', entityId: 'plan-1', action: 'approved', before: { state: 'submitted' } },
  ...overrides,
});

describe('what the trail records of an audit event', () => {
  it('takes actor, tenant and correlation from the envelope and the change from the payload', () => {
    expect(chainedContentOf(envelope(), 7)).toEqual({
      seq: 7,
      tenantId: 'bazhou',
      eventId: '5b0c7a3e-8f55-4a8e-9d51-6f1f6f0b8a01',
      occurredAt: '2026-03-02T02:15:00.000Z',
      actorId: 'person-7',
      correlationId: 'corr-1',
      context: 'planning',
      entity: 'plan',
      entityId: 'plan-1',
      action: 'approved',
      before: { state: 'submitted' },
      after: null,
    });
  });

  it('refuses a payload whose context is not the one of the event type', () => {
    expect(() => chainedContentOf(envelope({ type: 'meeting.audit.recorded' }), 1)).toThrow(expect.objectContaining({ code: 'DIRECTORY.AUDIT_EVENT_MALFORMED' }));
  });

  it('names each missing payload field', () => {
    expect(() => chainedContentOf(envelope({ payload: { context: 'planning' } }), 1)).toThrow(
      expect.objectContaining({
        details: { fields: expect.arrayContaining([expect.objectContaining({ path: 'payload.entity' }), expect.objectContaining({ path: 'payload.action' })]) },
      }),
    );
  });

  it('refuses an event without a valid time', () => {
    expect(() => chainedContentOf(envelope({ occurredAt: 'yesterday' }), 1)).toThrow(expect.objectContaining({ details: { fields: [expect.objectContaining({ path: 'occurredAt' })] } }));
  });
});

describe('values as jsonb gives them back', () => {
  it('drops undefined members and turns dates into their ISO text', () => {
    expect(asStoredJson({ a: undefined, at: new Date('2026-03-02T00:00:00Z'), n: 1 })).toEqual({ at: '2026-03-02T00:00:00.000Z', n: 1 });
  });

  it('stores an absent value as null', () => {
    expect(asStoredJson(undefined)).toBeNull();
  });
});
