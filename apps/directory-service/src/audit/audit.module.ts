import { Module } from '@nestjs/common';
import { AuditTrailSubscriber } from './audit-trail.subscriber.js';
import { GetAuditEventHandler } from './queries/get-audit-event/get-audit-event.handler.js';
import { ListAuditEventsHandler } from './queries/list-audit-events/list-audit-events.handler.js';
import { VerifyAuditChainHandler } from './queries/verify-audit-chain/verify-audit-chain.handler.js';

/** The tamper-evident audit trail: every context's audit events, appended to a hash chain per tenant. */
@Module({
  providers: [AuditTrailSubscriber, ListAuditEventsHandler, GetAuditEventHandler, VerifyAuditChainHandler],
})
export class AuditModule {}
