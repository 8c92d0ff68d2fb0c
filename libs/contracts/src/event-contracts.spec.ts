import { PersonEvent } from './directory/person-admin.contract.js';
import { TenantEvent } from './directory/tenant.contract.js';
import { EVENT_CONTRACTS, eventContractOf } from './event-contracts.js';
import { PlanningEvent } from './planning/planning.subjects.js';

describe('event contracts', () => {
  it('give every outbox subject of the contracts a payload schema', () => {
    const subjects = [...Object.values(PlanningEvent), ...Object.values(TenantEvent), ...Object.values(PersonEvent)];
    expect(subjects.filter((subject) => !EVENT_CONTRACTS[subject])).toEqual([]);
  });

  it('check the audit events of every context with one schema', () => {
    expect(eventContractOf('evt.meeting.audit.recorded.v1')?.safeParse({ context: 'meeting', entity: 'meeting', entityId: 'm1', action: 'created', before: null, after: {} }).success).toBe(true);
    expect(eventContractOf('evt.meeting.audit.recorded.v1')?.safeParse({ context: 'meeting' }).success).toBe(false);
  });

  it('refuse a revised-plan payload whose revision is not a positive integer', () => {
    const payload = {
      planId: '0b7f7c52-2f49-4a39-9a36-5d0a3f1f3d11',
      year: 2027,
      title: '计划',
      revision: 0,
      reason: '调整',
      changes: { added: [], changed: [], cancelled: [] },
      partyOrgUnitIds: [],
      revisedBy: null,
    };
    expect(eventContractOf(PlanningEvent.PlanRevised)?.safeParse(payload).success).toBe(false);
    expect(eventContractOf(PlanningEvent.PlanRevised)?.safeParse({ ...payload, revision: 2 }).success).toBe(true);
  });
});
