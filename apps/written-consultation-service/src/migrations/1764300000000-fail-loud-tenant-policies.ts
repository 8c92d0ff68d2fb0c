import type { MigrationInterface, QueryRunner } from 'typeorm';
import { failLoudTenantPolicyStatements, quietTenantPolicyStatements } from '@xieshang/platform-persistence';

/** Tenant tables of the written_consultation schema fail when used outside a tenant transaction, and default tenant_id to its tenant. */
export class FailLoudTenantPoliciesWrittenConsultation1764300000000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    for (const statement of failLoudTenantPolicyStatements('written_consultation')) await runner.query(statement);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const statement of quietTenantPolicyStatements('written_consultation')) await runner.query(statement);
  }
}
