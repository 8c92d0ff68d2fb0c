import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { natsRequestDuration } from '@xieshang/platform-observability';
import { findContext } from '@xieshang/platform-tenancy';
import { AppException } from '@xieshang/platform-errors';
import { MESSAGING_OPTIONS, NATS_REQUEST_CLIENT, type MessagingOptions } from './messaging.options.js';
import type { NatsRequestClient } from './nats-request.client.js';
import { headersFromContext } from './wire-headers.js';
import { requestFailure } from './wire-error.mapping.js';

export interface RequestOptions {
  timeoutMs?: number;
}

/**
 * Asks another service over NATS request/reply on behalf of the current caller: the tenant, user,
 * roles and correlation id of the request context travel as headers, and every failure comes
 * back as an AppException (the remote code, `GATEWAY.UPSTREAM_TIMEOUT` or `GATEWAY.SERVICE_UNAVAILABLE`).
 */
@Injectable()
export class ServiceRequester implements OnApplicationShutdown {
  constructor(
    @Inject(NATS_REQUEST_CLIENT) private readonly client: NatsRequestClient,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
  ) {}

  async request<T>(subject: string, data: unknown, { timeoutMs }: RequestOptions = {}): Promise<T> {
    const limit = timeoutMs ?? this.options.requestTimeoutMs;
    const stopTimer = natsRequestDuration.startTimer({ subject });
    try {
      const reply = await this.client.request(subject, data, headersFromContext(findContext()), limit);
      stopTimer({ outcome: 'ok' });
      return reply as T;
    } catch (error) {
      const failure = error instanceof AppException ? error : requestFailure(subject, error, limit);
      stopTimer({ outcome: failure.code });
      throw failure;
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.client.close();
  }
}
