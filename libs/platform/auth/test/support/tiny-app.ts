import 'reflect-metadata';
import { Catch, Controller, Get, Module, Param, Post, type ArgumentsHost, type ExceptionFilter, type INestApplication } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, NestFactory } from '@nestjs/core';
import { CommonErrorCode } from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';
import type { Response } from 'express';
import { AuthGuard, CurrentUser, Public, Roles, RolesGuard, TOKEN_VERIFIER, type AuthenticatedUser, type TokenVerifier } from '../../src/index.js';

const user = (subject: string, roles: AuthenticatedUser['roles']): AuthenticatedUser => ({
  subject,
  username: subject,
  displayName: subject,
  tenantId: 'bazhou',
  roles,
  orgUnitId: null,
  expiresAt: new Date(Date.now() + 60_000),
});

/** Stands in for the JWKS check, which dev-idp's tests cover: two known tokens, the rest refused. */
export const stubVerifier: TokenVerifier = {
  async verify(token) {
    if (token === 'office-token') return user('office-person', ['office']);
    if (token === 'leader-token') return user('leader-person', ['leader']);
    throw new AppException(CommonErrorCode.Unauthenticated, 'The token signature is invalid');
  },
};

@Controller('health')
export class HealthController {
  @Public()
  @Get()
  health() {
    return { status: 'ok' };
  }
}

@Roles('office')
@Controller('plans')
export class PlansController {
  @Get()
  list(@CurrentUser() caller: AuthenticatedUser) {
    return { caller: caller.subject };
  }

  @Roles('leader', 'tenant-admin')
  @Post(':id/approve')
  approve(@Param('id') id: string) {
    return { approved: id };
  }
}

@Controller('forgotten')
export class ForgottenController {
  @Get()
  open() {
    return { leaked: true };
  }
}

/** What the gateway's problem+json filter does with these codes, reduced to the status. */
@Catch(AppException)
class StatusFilter implements ExceptionFilter {
  catch(exception: AppException, host: ArgumentsHost) {
    const status = exception.code === CommonErrorCode.Unauthenticated ? 401 : exception.code === CommonErrorCode.Forbidden ? 403 : 500;
    host.switchToHttp().getResponse<Response>().status(status).json(exception.toWire());
  }
}

@Module({
  controllers: [HealthController, PlansController, ForgottenController],
  providers: [
    { provide: TOKEN_VERIFIER, useValue: stubVerifier },
    { provide: APP_GUARD, useClass: AuthGuard },
    { provide: APP_GUARD, useClass: RolesGuard },
    { provide: APP_FILTER, useClass: StatusFilter },
  ],
})
class TinyAppModule {}

export const createTinyApp = async (): Promise<INestApplication> => {
  const app = await NestFactory.create(TinyAppModule, { logger: false });
  app.setGlobalPrefix('api/v1');
  await app.init();
  return app;
};
