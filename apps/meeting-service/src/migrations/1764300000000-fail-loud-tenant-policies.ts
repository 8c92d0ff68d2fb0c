import type { MigrationInterface, QueryRunner } from 'typeorm';
import { failLoudTenantPolicyStatements, quietTenantPolicyStatements } from '@xieshang/platform-persistence';

/** Tenant tables of the meeting schema fail when used outside a tenant transaction, and default tenant_id to its tenant. */
export class FailLoudTenantPoliciesMeeting1764300000000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    for (const statement of failLoudTenantPolicyStatements('meeting')) await runner.query(statement);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const statement of quietTenantPolicyStatements('meeting')) await runner.query(statement);
  }
}
