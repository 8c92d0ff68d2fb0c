import type { MigrationInterface, QueryRunner } from 'typeorm';
import { failLoudTenantPolicyStatements, quietTenantPolicyStatements } from '@xieshang/platform-persistence';

/** Tenant tables of the planning schema fail when used outside a tenant transaction, and default tenant_id to its tenant. */
export class FailLoudTenantPoliciesPlanning1764300000000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    for (const statement of failLoudTenantPolicyStatements('planning')) await runner.query(statement);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const statement of quietTenantPolicyStatements('planning')) await runner.query(statement);
  }
}
