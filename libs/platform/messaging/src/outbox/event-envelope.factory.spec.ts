import { systemCaller } from '@xieshang/platform-tenancy';
import { buildEnvelope } from './event-envelope.factory.js';

const context = { ...systemCaller('c-1', 'bazhou'), personId: 'u-1', tenantId: 'bazhou' };

describe('event envelope', () => {
  it('takes type and version from the subject and actor, tenant and correlation from the context', () => {
    const envelope = buildEnvelope({ subject: 'evt.meeting.opinion.recorded.v2', payload: { a: 1 } }, context, new Date('2026-01-02T03:04:05Z'));
    expect(envelope).toMatchObject({
      type: 'meeting.opinion.recorded',
      version: 2,
      occurredAt: '2026-01-02T03:04:05.000Z',
      tenantId: 'bazhou',
      actorId: 'u-1',
      correlationId: 'c-1',
      causationId: null,
      payload: { a: 1 },
    });
    expect(envelope.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('names the event it reacts to as its cause', () => {
    const envelope = buildEnvelope({ subject: 'evt.planning.plan.approved.v1', payload: {} }, { ...context, causationId: 'e-0' });
    expect(envelope.causationId).toBe('e-0');
  });

  it('refuses a version that contradicts the subject', () => {
    expect(() => buildEnvelope({ subject: 'evt.planning.plan.approved.v1', payload: {}, version: 3 }, context)).toThrow(/version 3/);
  });

  it('refuses a subject outside evt.>', () => {
    expect(() => buildEnvelope({ subject: 'planning.plan.approve', payload: {} }, context)).toThrow(/Not an event subject/);
  });
});
