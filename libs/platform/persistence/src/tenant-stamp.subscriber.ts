import { type EntitySubscriberInterface, EventSubscriber, type InsertEvent, type ObjectLiteral } from 'typeorm';
import { TENANT_OF_RUNNER } from './tenant-database.js';

/**
 * Fills `tenant_id` of every entity inserted in a tenant transaction with that transaction's
 * tenant, so no handler sets it by hand (the column's default does the same for plain SQL).
 */
@EventSubscriber()
export class TenantStampSubscriber implements EntitySubscriberInterface {
  beforeInsert(event: InsertEvent<ObjectLiteral>): void {
    const column = event.metadata.findColumnWithDatabaseName('tenant_id');
    const tenantId = (event.queryRunner.data as Record<string, unknown> | undefined)?.[TENANT_OF_RUNNER];
    if (!column || typeof tenantId !== 'string' || !event.entity) return;
    if (column.getEntityValue(event.entity) == null) column.setEntityValue(event.entity, tenantId);
  }
}
