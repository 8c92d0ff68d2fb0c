import { outboxStatements } from './outbox.statements.js';

describe('outbox statements', () => {
  it('refuses a schema name that is not a plain identifier', () => {
    expect(() => outboxStatements('meeting; drop schema public')).toThrow(/safe SQL identifier/);
  });

  it('puts both tables under forced row-level security', () => {
    const sql = outboxStatements('meeting').join('\n');
    expect(sql).toContain('alter table meeting.outbox force row level security');
    expect(sql).toContain('alter table meeting.inbox force row level security');
  });

  it("hands the relay functions to the system role and lets only the schema's own service role run them", () => {
    const sql = outboxStatements('meeting');
    expect(sql.join('\n')).not.toContain('xieshang_app');
    for (const fn of ['outbox_claim(batch_size integer)', 'outbox_mark_published(ids uuid[])', 'outbox_backlog()']) {
      expect(sql).toContain(`alter function meeting.${fn} owner to xieshang_system`);
      expect(sql).toContain(`revoke all on function meeting.${fn} from public`);
      expect(sql).toContain(`grant execute on function meeting.${fn} to xieshang_meeting`);
    }
  });
});
