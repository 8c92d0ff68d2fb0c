import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import type { AuditChainVerification } from '@xieshang/contracts';
import { TenantDatabase } from '@xieshang/platform-persistence';
import { requireTenantId } from '@xieshang/platform-tenancy';
import { startOfChain, walkChain, type ChainWalk } from '../../audit-chain.rules.js';
import { AUDIT_EVENT_COLUMNS, toChainRecord, type AuditEventRow } from '../../audit-event.row.js';

/** Records read per round trip: enough to keep the walk fast, few enough to keep memory flat on a long chain. */
const BATCH_SIZE = 1_000;

/** Walks a tenant's whole chain in seq order, batch by batch. */
export const verifyTenantChain = async (manager: EntityManager, tenantId: string): Promise<AuditChainVerification> => {
  let walk: ChainWalk = startOfChain();
  for (;;) {
    const rows: AuditEventRow[] = await manager.query(
      `select ${AUDIT_EVENT_COLUMNS} from directory.audit_events where tenant_id = $1 and seq > $2 order by seq limit $3`,
      [tenantId, walk.tip.seq, BATCH_SIZE],
    );
    walk = walkChain(walk, rows.map(toChainRecord));
    if (rows.length < BATCH_SIZE) break;
  }
  return {
    valid: !walk.firstBroken,
    checked: walk.checked,
    lastSeq: walk.tip.seq,
    lastHash: walk.checked > 0 ? walk.tip.hash : null,
    ...(walk.firstBroken ? { firstBroken: walk.firstBroken } : {}),
  };
};

/** Re-walks the calling tenant's chain and reports the first broken link. */
@Injectable()
export class VerifyAuditChainHandler {
  constructor(private readonly database: TenantDatabase) {}

  execute(): Promise<AuditChainVerification> {
    const tenantId = requireTenantId();
    return this.database.runAsTenant(tenantId, (manager) => verifyTenantChain(manager, tenantId));
  }
}
