import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { CommonErrorCode } from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';
import { bearerToken } from '../tokens/bearer.rules.js';
import type { TokenVerifier } from '../tokens/token-verifier.js';
import type { AuthenticatedRequest } from './authenticated-request.js';
import { isPublicRoute } from './route-metadata.js';
import { TOKEN_VERIFIER } from './token-verifier.token.js';

/**
 * Global guard: every HTTP route needs a valid `Authorization: Bearer` token unless it is
 * `@Public()`. The verified caller is put on `request.user`.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(TOKEN_VERIFIER) private readonly verifier: TokenVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') {
      throw new AppException(CommonErrorCode.Unauthenticated, 'Only HTTP requests carry a bearer token');
    }
    if (isPublicRoute(this.reflector, context)) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const token = bearerToken(request.headers['authorization']);
    if (!token) throw new AppException(CommonErrorCode.Unauthenticated, 'A bearer token is required');
    request.user = await this.verifier.verify(token);
    return true;
  }
}
