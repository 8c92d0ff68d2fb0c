import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { CommonErrorCode } from '@xieshang/contracts';
import { natsRequestDuration } from '@xieshang/platform-observability';
import { insideTenantTransaction } from '@xieshang/platform-persistence';
import { findCaller, type Caller } from '@xieshang/platform-tenancy';
import { AppException } from '@xieshang/platform-errors';
import { MESSAGING_OPTIONS, NATS_REQUEST_CLIENT, type MessagingOptions } from './messaging.options.js';
import type { NatsRequestClient } from './nats-request.client.js';
import { headersFromCaller } from './wire-headers.js';
import { requestFailure } from './wire-error.mapping.js';

export interface RequestOptions {
  timeoutMs?: number;
}

/**
 * Asks another service over NATS request/reply on behalf of the current caller: the whole caller
 * (tenant, person, name, org unit, roles, correlation id) travels as headers, and every failure
 * comes back as an AppException (the remote code, `GATEWAY.UPSTREAM_TIMEOUT` or
 * `GATEWAY.SERVICE_UNAVAILABLE`). It refuses to run inside an open tenant transaction.
 */
@Injectable()
export class ServiceRequester implements OnApplicationShutdown {
  constructor(
    @Inject(NATS_REQUEST_CLIENT) private readonly client: NatsRequestClient,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
  ) {}

  async request<T>(subject: string, data: unknown, { timeoutMs }: RequestOptions = {}): Promise<T> {
    // A reply can take seconds; meanwhile the transaction would hold a pooled connection and its locks.
    if (insideTenantTransaction()) {
      throw new AppException(CommonErrorCode.Internal, `No NATS request (${subject}) inside an open tenant transaction: ask before it opens`);
    }
    const limit = timeoutMs ?? this.options.requestTimeoutMs;
    const stopTimer = natsRequestDuration.startTimer({ subject });
    try {
      const reply = await this.client.request(subject, data, headersFromCaller(this.sentCaller()), limit);
      stopTimer({ outcome: 'ok' });
      return reply as T;
    } catch (error) {
      const failure = error instanceof AppException ? error : requestFailure(subject, error, limit);
      stopTimer({ outcome: failure.code });
      throw failure;
    }
  }

  private sentCaller(): Caller | undefined {
    const caller = findCaller();
    if (!caller?.idempotency || this.options.forwardIdempotencyKey) return caller;
    const { idempotency: _kept, ...rest } = caller;
    return rest;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.client.close();
  }
}
