import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Notices of a plan asking the party branches for topics. */
export class AddSolicitedNotices1764202400000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query('alter table notification.notices drop constraint notices_kind_check');
    await runner.query(
      `alter table notification.notices add constraint notices_kind_check
         check (kind in ('plan.solicited', 'plan.published', 'plan.revised', 'suggestion.decided'))`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`delete from notification.notices where kind = 'plan.solicited'`);
    await runner.query('alter table notification.notices drop constraint notices_kind_check');
    await runner.query(`alter table notification.notices add constraint notices_kind_check check (kind in ('plan.published', 'plan.revised', 'suggestion.decided'))`);
  }
}
