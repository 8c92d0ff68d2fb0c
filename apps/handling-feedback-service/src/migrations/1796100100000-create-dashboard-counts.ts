import type { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantTableStatements } from '@xieshang/platform-persistence';

const S = 'handling_feedback';

/**
 * The dashboard's figures, kept up to date as cases change and events arrive (a projection):
 * one counter per tenant, year, dimension (`status`, `party`, `on-time`, `late`, `meetings`, `plan`) and key.
 */
export class CreateDashboardCounts1796100100000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    const statements = [
      `create table ${S}.dashboard_counts (
        tenant_id text not null,
        year integer not null,
        dimension text not null,
        key text not null,
        count integer not null default 0,
        primary key (tenant_id, year, dimension, key)
      )`,
      ...tenantTableStatements(S, 'dashboard_counts'),
    ];
    for (const statement of statements) await runner.query(statement);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`drop table if exists ${S}.dashboard_counts`);
  }
}
