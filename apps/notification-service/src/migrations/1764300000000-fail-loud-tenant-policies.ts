import type { MigrationInterface, QueryRunner } from 'typeorm';
import { failLoudTenantPolicyStatements, quietTenantPolicyStatements } from '@xieshang/platform-persistence';

/** Tenant tables of the notification schema fail when used outside a tenant transaction, and default tenant_id to its tenant. */
export class FailLoudTenantPoliciesNotification1764300000000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    for (const statement of failLoudTenantPolicyStatements('notification')) await runner.query(statement);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const statement of quietTenantPolicyStatements('notification')) await runner.query(statement);
  }
}
