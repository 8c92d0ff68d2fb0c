import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { CommonErrorCode } from '@xieshang/contracts';
import type { AuthenticatedUser } from '@xieshang/platform-auth';
import { AppException } from '@xieshang/platform-errors';
import { APP_CONFIG } from '@xieshang/platform-runtime';
import type { GatewayConfig } from '../config/config.schema.js';
import { takeToken, type Bucket } from './token-bucket.rules.js';

const IDLE_MS = 5 * 60_000;

/** Limits each signed-in user's requests per minute on this replica; public routes are not counted. */
@Injectable()
export class RateLimitGuard implements CanActivate {
  private readonly buckets = new Map<string, Bucket>();
  private lastSweep = Date.now();

  constructor(@Inject(APP_CONFIG) private readonly config: GatewayConfig) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<Request & { user?: AuthenticatedUser }>();
    if (!request.user) return true;
    const now = Date.now();
    this.sweep(now);
    const key = `${request.user.tenantId ?? '-'}:${request.user.subject}`;
    const take = takeToken(this.buckets.get(key), now, this.config.RATE_LIMIT_PER_MINUTE);
    this.buckets.set(key, take.bucket);
    if (take.allowed) return true;
    context.switchToHttp().getResponse<Response>().setHeader('Retry-After', String(take.retryAfterSeconds));
    throw new AppException(CommonErrorCode.RateLimited, `Too many requests; try again in ${take.retryAfterSeconds} s`);
  }

  private sweep(now: number): void {
    if (now - this.lastSweep < IDLE_MS) return;
    this.lastSweep = now;
    for (const [key, bucket] of this.buckets) if (now - bucket.updatedAt > IDLE_MS) this.buckets.delete(key);
  }
}
