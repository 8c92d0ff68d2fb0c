import { type DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import type { NatsConnection } from '@nats-io/transport-node';
import { AuthGuard, createTokenVerifier, RolesGuard, TOKEN_REVOCATIONS, TOKEN_VERIFIER } from '@xieshang/platform-auth';
import { MessagingModule } from '@xieshang/platform-messaging';
import { CityViewModule } from './city/city-view.module.js';
import { DocumentsModule } from './documents/documents.module.js';
import { CasesModule } from './cases/cases.module.js';
import { TenantSwitchGuard } from './city/tenant-switch.guard.js';
import { AuditEventsController } from './audit-events/audit-events.controller.js';
import type { GatewayConfig } from './config/config.schema.js';
import { RequestBodyGuard } from './http/request-body.guard.js';
import { RequestContextInterceptor } from './http/request-context.interceptor.js';
import { IdempotencyInterceptor } from './idempotency/idempotency.interceptor.js';
import { IdempotencyStore } from './idempotency/idempotency.store.js';
import { MeController } from './me/me.controller.js';
import { InterviewsModule } from './interviews/interviews.module.js';
import { CalendarModule } from './calendar/calendar.module.js';
import { NATS_CONNECTION, NatsConnectionCloser, natsConnectionProvider } from './nats-connection.provider.js';
import { MeetingsModule } from './meetings/meetings.module.js';
import { NoticesModule } from './notices/notices.module.js';
import { NoticeStreams } from './notices/notice-streams.js';
import { OrgUnitsController } from './org-units/org-units.controller.js';
import { PlanSuggestionsModule } from './plan-suggestions/plan-suggestions.module.js';
import { PlansModule } from './plans/plans.module.js';
import { SolicitationsModule } from './solicitations/solicitations.module.js';
import { SubmissionsModule } from './submissions/submissions.module.js';
import { MaterialsModule } from './materials/materials.module.js';
import { ResearchTopicsModule } from './research-topics/research-topics.module.js';
import { UsersController } from './users/users.controller.js';
import { AddressRateLimitGuard, RateLimitGuard } from './rate-limit/rate-limit.guard.js';
import { RevokedPeople } from './revocation/revoked-people.listener.js';

/**
 * The only HTTP entry: verifies the token, checks the route's roles, limits each address's and
 * each person's rate, and maps REST to NATS requests. Guards run in order: how often from where,
 * who you are, how often by you, what you may.
 */
@Module({})
export class GatewayModule {
  static register(config: GatewayConfig): DynamicModule {
    return {
      module: GatewayModule,
      imports: [MessagingModule.forRoot({ nats: config, requestTimeoutMs: config.NATS_REQUEST_TIMEOUT_MS, service: 'api-gateway', forwardIdempotencyKey: true }), CityViewModule, DocumentsModule.register(config), PlansModule, PlanSuggestionsModule, ResearchTopicsModule, NoticesModule, InterviewsModule, CalendarModule, MeetingsModule, SolicitationsModule, SubmissionsModule, MaterialsModule, CasesModule],
      controllers: [MeController, OrgUnitsController, UsersController, AuditEventsController],
      providers: [
        {
          provide: TOKEN_VERIFIER,
          useValue: createTokenVerifier({ issuer: config.OIDC_ISSUER, audience: config.OIDC_AUDIENCE, jwksUri: config.OIDC_JWKS_URI }),
        },
        natsConnectionProvider,
        NatsConnectionCloser,
        RevokedPeople,
        { provide: TOKEN_REVOCATIONS, useExisting: RevokedPeople },
        NoticeStreams,
        {
          provide: IdempotencyStore,
          inject: [NATS_CONNECTION],
          useFactory: (connection: NatsConnection) => IdempotencyStore.open(connection, config.IDEMPOTENCY_TTL_HOURS, config.NATS_REQUEST_TIMEOUT_MS + 2_000),
        },
        { provide: APP_GUARD, useClass: AddressRateLimitGuard },
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_GUARD, useClass: RateLimitGuard },
        { provide: APP_GUARD, useClass: RolesGuard },
        { provide: APP_GUARD, useExisting: TenantSwitchGuard },
        { provide: APP_GUARD, useClass: RequestBodyGuard },
        { provide: APP_INTERCEPTOR, useClass: RequestContextInterceptor },
        { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
      ],
    };
  }
}
