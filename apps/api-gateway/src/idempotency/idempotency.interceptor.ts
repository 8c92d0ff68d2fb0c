import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants.js';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { catchError, from, mergeMap, type Observable } from 'rxjs';
import { CommonErrorCode } from '@xieshang/contracts';
import type { AuthenticatedUser } from '@xieshang/platform-auth';
import { AppException } from '@xieshang/platform-errors';
import { replayOrRefuse, requestHash, storeKey } from './idempotency.rules.js';
import { IdempotencyStore } from './idempotency.store.js';

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * A write sent again with the same `Idempotency-Key` gets the first reply instead of a second
 * effect; the same key with another body is refused (422), one still running answers 409.
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
    return next.handle().pipe(
      mergeMap(async (body: unknown) => {
        await this.store.complete(key, { state: 'done', requestHash: hash, status, body: body ?? null });
        return body;
      }),
      catchError(async (error: unknown) => {
        await this.store.release(key);
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
