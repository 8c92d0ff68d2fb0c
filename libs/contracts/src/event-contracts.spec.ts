import { PersonEvent } from './directory/person-admin.contract.js';
import { TenantEvent } from './directory/tenant.contract.js';
import { EVENT_CONTRACTS, eventContractOf } from './event-contracts.js';
import { HandlingEvent } from './handling/handling.subjects.js';
import { MeetingDeadline } from './meeting/meeting-events.contract.js';
import { PlanningEvent } from './planning/planning.subjects.js';
import { WrittenEvent } from './written/written.subjects.js';

describe('event contracts', () => {
  it('check every context\'s task events with one schema, each assignee a person or an org unit\'s roles', () => {
    const opened = {
      taskKey: 'meeting:0b7f7c52-2f49-4a39-9a36-5d0a3f1f3d11:read-documents',
      kind: 'meeting.read-documents',
      title: '阅读会议文件稿',
      assignee: { orgUnitId: '0b7f7c52-2f49-4a39-9a36-5d0a3f1f3d11', roles: ['party-member'] },
      record: { resource: 'meetings', id: '0b7f7c52-2f49-4a39-9a36-5d0a3f1f3d11' },
      dueOn: '2027-03-15',
      confidential: false,
    };
    expect(eventContractOf('evt.meeting.task.opened.v1')?.safeParse(opened).success).toBe(true);
    expect(eventContractOf('evt.meeting.task.opened.v1')?.safeParse({ ...opened, assignee: { orgUnitId: opened.record.id, roles: [] } }).success).toBe(false);
    expect(eventContractOf('evt.handling-feedback.task.done.v1')?.safeParse({ taskKey: opened.taskKey }).success).toBe(true);
    expect(eventContractOf('evt.handling-feedback.task.done.v1')?.safeParse({}).success).toBe(false);
  });

  it('check the opinions of meetings and of written consultation with one schema', () => {
    const id = '0b7f7c52-2f49-4a39-9a36-5d0a3f1f3d11';
    const opinion = {
      opinionId: id,
      source: { kind: 'solicitation_reply', recordId: id, title: '征求意见稿', section: '第二条', draftingOrgUnitId: id },
      partyOrgUnitId: id,
      raisedByPersonId: null,
      raisedByName: '民盟区总支',
      text: '建议增加社区养老服务内容',
      suggestedTrack: 'document_revision',
      raisedAt: '2027-03-15T09:30:00+08:00',
    };
    expect(eventContractOf('evt.written.opinion.recorded.v1')?.safeParse(opinion).success).toBe(true);
    expect(eventContractOf('evt.meeting.opinion.recorded.v1')?.safeParse({ ...opinion, text: '   ' }).success).toBe(false);
  });

  it('give every outbox subject of the contracts a payload schema', () => {
    const subjects = [
      ...Object.values(PlanningEvent),
      ...Object.values(TenantEvent),
      ...Object.values(PersonEvent),
      ...Object.values(HandlingEvent),
      ...Object.values(MeetingDeadline),
      ...Object.values(WrittenEvent),
    ];
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

  it('refuse a case assignment without its lead department and a report naming a unit by anything but its id', () => {
    const id = '0b7f7c52-2f49-4a39-9a36-5d0a3f1f3d11';
    const assigned = { caseId: id, number: 3, title: '停车难', leadOrgUnitId: id, coHandlerOrgUnitIds: [], assignedByRole: 'office', dueAt: '2027-06-01T16:00:00.000Z', rehandling: false };
    expect(eventContractOf(HandlingEvent.Assigned)?.safeParse(assigned).success).toBe(true);
    expect(eventContractOf(HandlingEvent.Assigned)?.safeParse({ ...assigned, leadOrgUnitId: null }).success).toBe(false);
    expect(eventContractOf(HandlingEvent.SupervisionPublished)?.safeParse({ reportId: id, year: 2027, title: '通报', namedOrgUnitIds: ['发改局'] }).success).toBe(false);
  });
});
