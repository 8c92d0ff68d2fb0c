import { auditEventCondition, auditEventOrder, periodEndExclusive, periodStart } from './audit-event-query.rules.js';

describe('period bounds', () => {
  it('starts a calendar day at midnight China Standard Time', () => {
    expect(periodStart('2026-03-02').toISOString()).toBe('2026-03-01T16:00:00.000Z');
  });

  it('ends a calendar day after its last instant', () => {
    expect(periodEndExclusive('2026-03-02').toISOString()).toBe('2026-03-02T16:00:00.000Z');
  });

  it('includes an instant given as the end', () => {
    expect(periodEndExclusive('2026-03-02T10:00:00+08:00').toISOString()).toBe('2026-03-02T02:00:00.001Z');
  });
});

describe('the list condition', () => {
  it('always scopes to the tenant, then numbers each filter’s parameter', () => {
    expect(auditEventCondition('bazhou', { entity: 'org-unit', actorId: 'p-1' })).toEqual({
      where: 'tenant_id = $1 and entity = $2 and actor_id = $3',
      params: ['bazhou', 'org-unit', 'p-1'],
    });
  });

  it('searches free text literally, escaping LIKE wildcards', () => {
    const { where, params } = auditEventCondition('bazhou', { q: '100%_局' });
    expect(params).toEqual(['bazhou', '%100\\%\\_局%']);
    expect(where).toContain('after::text ilike $2');
  });

  it('turns the period into bounds on the time of the change', () => {
    expect(auditEventCondition('bazhou', { from: '2026-03-01', to: '2026-03-01' })).toEqual({
      where: 'tenant_id = $1 and occurred_at >= $2 and occurred_at < $3',
      params: ['bazhou', '2026-02-28T16:00:00.000Z', '2026-03-01T16:00:00.000Z'],
    });
  });
});

describe('the list order', () => {
  it('shows the newest record first by default', () => {
    expect(auditEventOrder()).toBe('seq desc');
  });

  it('breaks ties of the time of change by seq', () => {
    expect(auditEventOrder(['occurredAt', 'ASC'])).toBe('occurred_at asc, seq asc');
  });
});
