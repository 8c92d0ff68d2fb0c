import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants.js';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { catchError, from, mergeMap, Observable } from 'rxjs';
import { CommonErrorCode } from '@xieshang/contracts';
import type { AuthenticatedUser } from '@xieshang/platform-auth';
import { AppException } from '@xieshang/platform-errors';
import { findCaller, runAsCaller } from '@xieshang/platform-tenancy';
import { replayOrRefuse, replyLost, requestHash, storeKey } from './idempotency.rules.js';
import { IdempotencyStore } from './idempotency.store.js';

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * A write sent again with the same `Idempotency-Key` gets the first reply instead of a second
 * effect; the same key with another body is refused (422), one still running answers 409. The
 * key and the request hash travel to the service, which records them in the transaction that
 * writes (ADR 0008): this store is a cache in front of that record.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    private readonly store: IdempotencyStore,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<Request & { user?: AuthenticatedUser }>();
    const header = request.header('idempotency-key');
    if (header === undefined || !WRITES.has(request.method) || !request.user) return next.handle();
    const key = storeKey(request.user.tenantId ?? '-', request.user.subject, request.method, request.path, header);
    const hash = requestHash(request.body);
    const status = this.reflector.get<number | undefined>(HTTP_CODE_METADATA, context.getHandler()) ?? (request.method === 'POST' ? 201 : 200);
    const response = context.switchToHttp().getResponse<Response>();
    return from(this.store.claim(key, hash)).pipe(
      mergeMap((claimed) => (claimed ? this.firstTime(next, key, hash, status) : this.replay(key, hash, response))),
    );
  }

  private firstTime(next: CallHandler, key: string, hash: string, status: number): Observable<unknown> {
    const caller = findCaller();
    const keyed = caller
      ? new Observable<unknown>((subscriber) => runAsCaller({ ...caller, idempotency: { key, requestHash: hash } }, () => next.handle().subscribe(subscriber)))
      : next.handle();
    return keyed.pipe(
      mergeMap(async (body: unknown) => {
        // The write is done: a cache that cannot be updated now only costs a replay from the service later.
        await this.store.complete(key, { state: 'done', requestHash: hash, status, body: body ?? null }).catch(() => undefined);
        return body;
      }),
      catchError(async (error: unknown) => {
        // A lost reply keeps the claim until its lease ends; a refusal frees the key. Either way a
        // release that fails (NATS down) leaves only a lease that expires.
        if (!replyLost(error instanceof AppException ? error.code : undefined)) await this.store.release(key).catch(() => undefined);
        throw error;
      }),
    );
  }

  private async replay(key: string, hash: string, response: Response): Promise<unknown> {
    const record = await this.store.find(key);
    if (!record) throw new AppException(CommonErrorCode.IdempotencyInProgress, 'A request with this Idempotency-Key is still being processed');
    const stored = replayOrRefuse(record, hash);
    response.status(stored.status).setHeader('Idempotent-Replayed', 'true');
    return stored.body;
  }
}
