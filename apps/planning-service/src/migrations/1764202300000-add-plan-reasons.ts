import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reasons the procedure now records: why a plan went to review without asking the parties, why a
 * revision leaves the plan further below a yearly minimum, and the title each revision stood under.
 */
export class AddPlanReasons1764202300000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query('alter table planning.plans add column skip_solicitation_reason text');
    await runner.query('alter table planning.plan_revisions add column below_minimum_reason text, add column title text');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('alter table planning.plan_revisions drop column below_minimum_reason, drop column title');
    await runner.query('alter table planning.plans drop column skip_solicitation_reason');
  }
}
