import type { MigrationInterface, QueryRunner } from 'typeorm';

const SELECT_PARENT_SETTINGS = `select s.key, s.value from directory.settings s
      where s.tenant_id = (select t.parent_code from directory.tenants t where t.code = current_setting('app.tenant_id', true))`;

/**
 * `directory.parent_settings()` (a district's view of its city's settings, read by `/me` and by
 * every settings lookup) was a SQL function with `set search_path`, which PostgreSQL plans again
 * on every call: about 0.2 ms each time. As PL/pgSQL its plan is kept for the session. Same body,
 * owner, grants and search path.
 */
export class ParentSettingsPlanCached1796400000000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`create or replace function directory.parent_settings() returns table (key text, value jsonb)
      language plpgsql stable security definer set search_path = directory, pg_temp as $$
      #variable_conflict use_column
      begin
        return query ${SELECT_PARENT_SETTINGS};
      end $$`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`create or replace function directory.parent_settings() returns table (key text, value jsonb)
      language sql stable security definer set search_path = directory, pg_temp as $$ ${SELECT_PARENT_SETTINGS} $$`);
  }
}
