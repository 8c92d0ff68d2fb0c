import type { MigrationInterface, QueryRunner } from 'typeorm';
import { deadlineRetentionStatements, deadlineStatements } from '@xieshang/platform-deadlines';
import { idempotencyKeyStatements, retentionStatements } from '@xieshang/platform-messaging';

type MigrationClass = new () => MigrationInterface;

/**
 * What the platform adds to every service schema after the service's own first migration (which
 * creates the outbox and inbox): their retention functions, the deadline table (and its purge) and the keyed writes' `idempotency_key` table. Appended by
 * `ServiceDatabaseModule`, so no service lists them. TypeORM runs migrations in timestamp order, so
 * a service's migration that creates the outbox must carry an earlier timestamp than this one.
 */
export const platformMigrations = (schema: string): MigrationClass[] => [
  class OutboxRetentionAndDeadlines1795996800000 implements MigrationInterface {
    async up(runner: QueryRunner): Promise<void> {
      for (const statement of [...retentionStatements(schema), ...deadlineStatements(schema)]) await runner.query(statement);
    }

    async down(runner: QueryRunner): Promise<void> {
      await runner.query(`drop table if exists ${schema}.deadline cascade`);
      await runner.query(`drop function if exists ${schema}.outbox_purge(interval, integer), ${schema}.inbox_purge(interval, integer)`);
      await runner.query(`drop index if exists ${schema}.outbox_published, ${schema}.inbox_processed`);
    }
  },
  class IdempotencyKeys1796083200000 implements MigrationInterface {
    async up(runner: QueryRunner): Promise<void> {
      for (const statement of idempotencyKeyStatements(schema)) await runner.query(statement);
    }

    async down(runner: QueryRunner): Promise<void> {
      await runner.query(`drop function if exists ${schema}.idempotency_key_purge(interval, integer)`);
      await runner.query(`drop table if exists ${schema}.idempotency_key cascade`);
    }
  },
  class DeadlineRetention1796300000000 implements MigrationInterface {
    async up(runner: QueryRunner): Promise<void> {
      for (const statement of deadlineRetentionStatements(schema)) await runner.query(statement);
    }

    async down(runner: QueryRunner): Promise<void> {
      await runner.query(`drop function if exists ${schema}.deadline_purge(interval, integer)`);
      await runner.query(`drop index if exists ${schema}.deadline_settled`);
    }
  },
];
