import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { CommonErrorCode } from '@xieshang/contracts';
import { type AuthenticatedUser, IS_PUBLIC_KEY } from '@xieshang/platform-auth';
import { AppException } from '@xieshang/platform-errors';
import { APP_CONFIG } from '@xieshang/platform-runtime';
import type { GatewayConfig } from '../config/config.schema.js';
import { COUNTED_PUBLIC_KEY } from './counted-public.decorator.js';
import { takeToken, type Bucket } from './token-bucket.rules.js';

const IDLE_MS = 5 * 60_000;

/** Token buckets by key, swept of idle keys now and then; refuses with 429 and Retry-After. */
class Buckets {
  private readonly buckets = new Map<string, Bucket>();
  private lastSweep = Date.now();

  constructor(private readonly perMinute: number) {}

  take(key: string, response: Response, who: string): void {
    const now = Date.now();
    this.sweep(now);
    const take = takeToken(this.buckets.get(key), now, this.perMinute);
    this.buckets.set(key, take.bucket);
    if (take.allowed) return;
    response.setHeader('Retry-After', String(take.retryAfterSeconds));
    throw new AppException(CommonErrorCode.RateLimited, `Too many requests from this ${who}; try again in ${take.retryAfterSeconds} s`);
  }

  private sweep(now: number): void {
    if (now - this.lastSweep < IDLE_MS) return;
    this.lastSweep = now;
    for (const [key, bucket] of this.buckets) if (now - bucket.updatedAt > IDLE_MS) this.buckets.delete(key);
  }
}

const isUncountedPublic = (reflector: Reflector, context: ExecutionContext): boolean =>
  reflector.getAllAndOverride<boolean | undefined>(IS_PUBLIC_KEY, [context.getHandler(), context.getClass()]) === true &&
  reflector.getAllAndOverride<boolean | undefined>(COUNTED_PUBLIC_KEY, [context.getHandler(), context.getClass()]) !== true;

/**
 * First guard: limits each client address before the token is looked at, so bad tokens and
 * refused requests are counted too. The public probes are not counted; other public routes are.
 */
@Injectable()
export class AddressRateLimitGuard implements CanActivate {
  private readonly buckets: Buckets;

  constructor(
    @Inject(APP_CONFIG) config: GatewayConfig,
    private readonly reflector: Reflector,
  ) {
    this.buckets = new Buckets(config.RATE_LIMIT_PER_ADDRESS_PER_MINUTE);
  }

  canActivate(context: ExecutionContext): boolean {
    if (isUncountedPublic(this.reflector, context)) return true;
    const request = context.switchToHttp().getRequest<Request>();
    this.buckets.take(request.ip ?? request.socket.remoteAddress ?? 'unknown', context.switchToHttp().getResponse<Response>(), 'address');
    return true;
  }
}

/** After authentication and before the role check: limits each signed-in person, refused requests included. */
@Injectable()
export class RateLimitGuard implements CanActivate {
  private readonly buckets: Buckets;

  constructor(@Inject(APP_CONFIG) config: GatewayConfig) {
    this.buckets = new Buckets(config.RATE_LIMIT_PER_MINUTE);
  }

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<Request & { user?: AuthenticatedUser }>();
    if (!request.user) return true;
    this.buckets.take(`${request.user.tenantId ?? '-'}:${request.user.subject}`, context.switchToHttp().getResponse<Response>(), 'person');
    return true;
  }
}
