import { deadlineStatements } from './deadline.statements.js';
import { deadlineSubject } from './schedule-deadline.js';

describe('deadline statements', () => {
  it('refuses a schema name that is not a plain identifier', () => {
    expect(() => deadlineStatements('meeting; drop schema public')).toThrow(/safe SQL identifier/);
  });

  it('puts the deadline table under forced row-level security', () => {
    const sql = deadlineStatements('meeting').join('\n');
    expect(sql).toContain('alter table meeting.deadline force row level security');
    expect(sql).toContain('create unique index deadline_pending on meeting.deadline (tenant_id, reference, kind) where fired_at is null and cancelled_at is null');
  });

  it('claims across tenants only through a function of the system role that skips locked rows', () => {
    const sql = deadlineStatements('meeting');
    const signature = 'deadline_claim(due_by timestamptz, batch_size integer)';
    expect(sql).toContain(`alter function meeting.${signature} owner to xieshang_system`);
    expect(sql).toContain(`grant execute on function meeting.${signature} to xieshang_meeting`);
    expect(sql.find((statement) => statement.includes(`function meeting.${signature}`))).toContain('for update skip locked');
  });
});

describe('deadline subjects', () => {
  it('names the event after the context and the kind (ADR 0003)', () => {
    expect(deadlineSubject('meeting', 'notice-due')).toBe('evt.meeting.deadline.notice-due.v1');
    expect(deadlineSubject('written-consultation', 'reply-overdue')).toBe('evt.written-consultation.deadline.reply-overdue.v1');
  });

  it('refuses a kind or context that would break the subject', () => {
    expect(() => deadlineSubject('meeting', 'notice.due')).toThrow(/lowercase words/);
    expect(() => deadlineSubject('meeting', 'Notice')).toThrow(/lowercase words/);
    expect(() => deadlineSubject('meeting.*', 'notice-due')).toThrow(/lowercase words/);
  });
});
