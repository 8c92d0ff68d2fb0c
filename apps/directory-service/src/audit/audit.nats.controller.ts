import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { AuditSubject, type AuditChainVerification, type AuditEventView, type ListResult } from '@xieshang/contracts';
import { GetAuditEventHandler } from './queries/get-audit-event/get-audit-event.handler.js';
import { ListAuditEventsHandler } from './queries/list-audit-events/list-audit-events.handler.js';
import { VerifyAuditChainHandler } from './queries/verify-audit-chain/verify-audit-chain.handler.js';

@Controller()
export class AuditNatsController {
  constructor(
    private readonly listEvents: ListAuditEventsHandler,
    private readonly getEvent: GetAuditEventHandler,
    private readonly verifyChain: VerifyAuditChainHandler,
  ) {}

  @MessagePattern(AuditSubject.ListEvents)
  list(@Payload() payload: unknown): Promise<ListResult<AuditEventView>> {
    return this.listEvents.execute(payload);
  }

  @MessagePattern(AuditSubject.GetEvent)
  get(@Payload() payload: unknown): Promise<AuditEventView> {
    return this.getEvent.execute(payload);
  }

  @MessagePattern(AuditSubject.VerifyChain)
  verify(): Promise<AuditChainVerification> {
    return this.verifyChain.execute();
  }
}
