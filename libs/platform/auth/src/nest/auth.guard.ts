import { Inject, Injectable, Optional, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { CommonErrorCode } from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';
import { bearerToken } from '../tokens/bearer.rules.js';
import type { TokenVerifier } from '../tokens/token-verifier.js';
import type { AuthenticatedRequest } from './authenticated-request.js';
import { isPublicRoute } from './route-metadata.js';
import { TOKEN_REVOCATIONS, type TokenRevocations } from './token-revocations.token.js';
import { TOKEN_VERIFIER } from './token-verifier.token.js';

/**
 * Global guard: every HTTP route needs a valid `Authorization: Bearer` token unless it is
 * `@Public()`, whose person has not been disabled since. The verified caller is put on `request.user`.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(TOKEN_VERIFIER) private readonly verifier: TokenVerifier,
    @Optional() @Inject(TOKEN_REVOCATIONS) private readonly revocations?: TokenRevocations,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') {
      throw new AppException(CommonErrorCode.Unauthenticated, 'Only HTTP requests carry a bearer token');
    }
    if (isPublicRoute(this.reflector, context)) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const token = bearerToken(request.headers['authorization']);
    if (!token) throw new AppException(CommonErrorCode.Unauthenticated, 'A bearer token is required');
    const user = await this.verifier.verify(token);
    if (this.revocations?.isRevoked(user)) throw new AppException(CommonErrorCode.Unauthenticated, 'This account has been disabled');
    request.user = user;
    return true;
  }
}
