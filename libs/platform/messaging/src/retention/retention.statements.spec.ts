import { retentionStatements } from './retention.statements.js';

describe('retention statements', () => {
  it('refuses a schema name that is not a plain identifier', () => {
    expect(() => retentionStatements('meeting; drop schema public')).toThrow(/safe SQL identifier/);
  });

  it('hands both purge functions to the system role and lets only the app role run them', () => {
    const sql = retentionStatements('meeting');
    for (const fn of ['outbox_purge(max_age interval, batch_size integer)', 'inbox_purge(max_age interval, batch_size integer)']) {
      expect(sql).toContain(`alter function meeting.${fn} owner to xieshang_system`);
      expect(sql).toContain(`revoke all on function meeting.${fn} from public`);
      expect(sql).toContain(`grant execute on function meeting.${fn} to xieshang_meeting`);
    }
  });

  it('deletes only published outbox rows, never younger than the floor, skipping rows another purge holds', () => {
    const purge = retentionStatements('meeting').find((statement) => statement.includes('function meeting.outbox_purge'));
    expect(purge).toMatch(/published_at is not null and published_at < now\(\) - greatest\(max_age, interval '1 hour'\)/);
    expect(purge).toContain('for update skip locked');
  });
});
