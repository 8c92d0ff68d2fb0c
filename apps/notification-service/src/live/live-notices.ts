import { Inject, Injectable } from '@nestjs/common';
import type { NatsConnection } from '@nats-io/transport-node';
import { liveNoticeSubject, type LiveNoticeMessage } from '@xieshang/contracts';
import { SERVICE_NATS } from '@xieshang/platform-runtime';

/**
 * Tells the gateways, after commit, what changed for a person (core NATS, nothing kept): each
 * gateway replica listens only for the people whose stream it holds open.
 */
@Injectable()
export class LiveNotices {
  constructor(@Inject(SERVICE_NATS) private readonly nats: NatsConnection) {}

  tell(tenantId: string, told: ReadonlyArray<{ personId: string; message: LiveNoticeMessage }>): void {
    for (const { personId, message } of told) this.nats.publish(liveNoticeSubject(tenantId, personId), JSON.stringify(message));
  }
}
