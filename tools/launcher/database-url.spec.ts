import { appUrlFor, assertDatabaseName, benchDatabaseName, databaseNameOf, redact, testDatabaseName, withDatabase } from './database-url.mjs';

describe('database URLs', () => {
  const admin = 'postgres://postgres:secret@127.0.0.1:5439/xieshang';

  it("derives a service's run-time URL as its own role on the same server and database", () => {
    const app = new URL(appUrlFor(admin, 'xieshang_planning', 'p@ss word'));
    expect(app.username).toBe('xieshang_planning');
    expect(decodeURIComponent(app.password)).toBe('p@ss word');
    expect(app.host).toBe('127.0.0.1:5439');
    expect(databaseNameOf(app.toString())).toBe('xieshang');
  });

  it('points a server URL at another database and keeps the credentials', () => {
    const moved = withDatabase(admin, 'xieshang_test_1');
    expect(databaseNameOf(moved)).toBe('xieshang_test_1');
    expect(new URL(moved).password).toBe('secret');
  });

  it('reads the maintenance database when a URL names none', () => {
    expect(databaseNameOf('postgres://postgres@127.0.0.1:5432')).toBe('postgres');
  });

  it('refuses database names that would need quoting in DDL', () => {
    expect(() => assertDatabaseName('xieshang; drop database x')).toThrow(/lowercase letters/);
    expect(() => assertDatabaseName('Xieshang')).toThrow(/lowercase letters/);
    expect(assertDatabaseName('xieshang_test_20260101_42')).toBe('xieshang_test_20260101_42');
  });

  it('names test databases with "test", a time and the pid, and bench databases without "test"', () => {
    const now = new Date('2026-03-04T05:06:07Z');
    expect(testDatabaseName(now, 99)).toBe('xieshang_test_20260304050607_99');
    expect(benchDatabaseName(now)).toBe('xieshang_bench_20260304050607');
    expect(benchDatabaseName(now)).not.toContain('test');
  });

  it('masks the password when printing a URL', () => {
    expect(redact(admin)).toBe('postgres://postgres:***@127.0.0.1:5439/xieshang');
  });
});
