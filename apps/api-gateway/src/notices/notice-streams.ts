import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import type { NatsConnection, Subscription } from '@nats-io/transport-node';
import type { Request, Response } from 'express';
import { CommonErrorCode, liveNoticeSubject, type LiveNoticeMessage } from '@xieshang/contracts';
import { type AuthenticatedUser, TOKEN_REVOCATIONS, type TokenRevocations } from '@xieshang/platform-auth';
import { AppException } from '@xieshang/platform-errors';
import { NATS_CONNECTION } from '../nats-connection.provider.js';

/** A comment line now and then keeps proxies from closing a quiet stream. */
const HEARTBEAT_MS = 25_000;

/** One server-sent event: its type and one line of JSON. */
export const sseEvent = (type: string, data: unknown): string => `event: ${type}\ndata: ${JSON.stringify(data)}\n\n`;

/**
 * The console's live notices (server-sent events), per person: the stream listens on the core
 * NATS subject notification-service tells after commit (`notices.live.<tenant>.<person>`), so it
 * works on every gateway replica, each holding only its own streams. The stream is authenticated
 * like every route, by the bearer token in the header (the console reads it with `fetch`, not
 * `EventSource`, so no token or ticket ever lands in a URL or a log); it ends when the token
 * expires, and the console reconnects with a fresh one.
 */
@Injectable()
export class NoticeStreams implements OnApplicationShutdown {
  private readonly open = new Set<() => void>();

  constructor(
    @Inject(NATS_CONNECTION) private readonly nats: NatsConnection,
    @Inject(TOKEN_REVOCATIONS) private readonly revocations: TokenRevocations,
  ) {}

  get count(): number {
    return this.open.size;
  }

  stream(user: AuthenticatedUser, request: Request, response: Response): void {
    if (!user.tenantId) throw new AppException(CommonErrorCode.Forbidden, 'Notices are read within a district');
    response.status(200);
    response.set({ 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-cache, no-transform', Connection: 'keep-alive', 'X-Accel-Buffering': 'no' });
    response.flushHeaders();
    response.write(`retry: 3000\n\n${sseEvent('ready', { at: new Date().toISOString() })}`);

    let subscription: Subscription | null = null;
    const close = (): void => {
      if (!this.open.delete(close)) return;
      clearInterval(heartbeat);
      clearTimeout(expiry);
      subscription?.unsubscribe();
      response.end();
    };
    const heartbeat = setInterval(() => response.write(': keep-alive\n\n'), HEARTBEAT_MS);
    const expiry = setTimeout(close, Math.max(user.expiresAt.getTime() - Date.now(), 0));
    this.open.add(close);
    subscription = this.nats.subscribe(liveNoticeSubject(user.tenantId, user.subject), {
      callback: (error, message) => {
        if (error || this.revocations.isRevoked(user)) return close();
        const change = message.json<LiveNoticeMessage>();
        response.write(sseEvent(change.type, change));
      },
    });
    request.on('close', close);
  }

  onApplicationShutdown(): void {
    for (const close of [...this.open]) close();
  }
}
