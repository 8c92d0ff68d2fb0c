import { randomBytes } from 'node:crypto';
import { Controller, Module, type DynamicModule, type INestApplicationContext, type INestMicroservice } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { MessagePattern } from '@nestjs/microservices';
import { CommonErrorCode } from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';
import { createLogger } from '@xieshang/platform-observability';
import { findContext, runWithContext } from '@xieshang/platform-tenancy';
import { MessagingModule, natsMicroserviceOptions, ServiceRequester, WireContextInterceptor, WireExceptionFilter } from '../src/index.js';
import { TEST_NATS } from './support/nats.js';

const prefix = `test${randomBytes(4).toString('hex')}`;
const service = `${prefix}-service`;
const handledBy: string[] = [];

const probeModule = (instance: string): DynamicModule => {
  @Controller()
  class ProbeController {
    @MessagePattern(`${prefix}.probe.whoami`)
    whoami() {
      handledBy.push(instance);
      return { instance, context: findContext() };
    }

    @MessagePattern(`${prefix}.probe.refuse`)
    refuse() {
      throw new AppException('COMMON.VERSION_CONFLICT', 'The probe refuses', { reason: 'rule' });
    }

    @MessagePattern(`${prefix}.probe.crash`)
    crash() {
      throw new Error('database password is hunter2');
    }

    @MessagePattern(`${prefix}.probe.slow`)
    async slow() {
      await new Promise((resolve) => setTimeout(resolve, 800));
      return 'late';
    }
  }

  @Module({ controllers: [ProbeController] })
  class ProbeModule {}
  return { module: ProbeModule };
};

const startInstance = async (instance: string): Promise<INestMicroservice> => {
  const app = await NestFactory.createMicroservice(probeModule(instance), {
    ...natsMicroserviceOptions({ nats: TEST_NATS, service }),
    logger: false,
  });
  app.useGlobalInterceptors(new WireContextInterceptor());
  app.useGlobalFilters(new WireExceptionFilter(createLogger('request-reply-test', 'silent')));
  await app.listen();
  return app;
};

describe('request/reply', () => {
  let instances: INestMicroservice[];
  let caller: INestApplicationContext;
  let requester: ServiceRequester;

  beforeAll(async () => {
    instances = [await startInstance('first'), await startInstance('second')];
    caller = await NestFactory.createApplicationContext(
      MessagingModule.forRoot({ nats: TEST_NATS, requestTimeoutMs: 2_000, service: `${prefix}-caller` }),
      { logger: false },
    );
    requester = caller.get(ServiceRequester);
  });

  afterAll(async () => {
    await caller?.close();
    await Promise.all((instances ?? []).map((instance) => instance.close()));
  });

  it('lets two instances in one queue group share the requests, each request answered once', async () => {
    handledBy.length = 0;
    const replies = await Promise.all(
      Array.from({ length: 40 }, () => requester.request<{ instance: string }>(`${prefix}.probe.whoami`, {})),
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(handledBy).toHaveLength(40);
    expect(new Set(replies.map((reply) => reply.instance))).toEqual(new Set(['first', 'second']));
  });

  it('carries tenant, user, roles and correlation id into the handler context', async () => {
    const context = { tenantId: 'bazhou', userId: 'u-7', roles: ['office', 'leader'] as const, correlationId: 'corr-request-reply' };
    const reply = await runWithContext({ ...context, roles: [...context.roles] }, () =>
      requester.request<{ context: unknown }>(`${prefix}.probe.whoami`, {}),
    );
    expect(reply.context).toEqual({ tenantId: 'bazhou', userId: 'u-7', roles: ['office', 'leader'], correlationId: 'corr-request-reply' });
  });

  it('turns a WireError reply into an AppException with the same code and details', async () => {
    const failure = await requester.request(`${prefix}.probe.refuse`, {}).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AppException);
    expect(failure).toMatchObject({ code: 'COMMON.VERSION_CONFLICT', message: 'The probe refuses', details: { reason: 'rule' } });
  });

  it('answers an unexpected failure as COMMON.INTERNAL without its message', async () => {
    const failure = await requester.request(`${prefix}.probe.crash`, {}).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: CommonErrorCode.Internal, message: 'Internal error' });
  });

  it('fails a request nobody answers within its timeout', async () => {
    const started = Date.now();
    const failure = await requester.request(`${prefix}.nobody.home`, {}, { timeoutMs: 500 }).catch((error: unknown) => error);
    // NATS answers "no responders" at once, so this does not even wait for the timeout.
    expect(failure).toBeInstanceOf(AppException);
    expect(failure).toMatchObject({ code: CommonErrorCode.ServiceUnavailable });
    expect(Date.now() - started).toBeLessThan(500);
  });

  it('fails a slow reply with GATEWAY.UPSTREAM_TIMEOUT', async () => {
    const started = Date.now();
    const failure = await requester.request(`${prefix}.probe.slow`, {}, { timeoutMs: 300 }).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: CommonErrorCode.UpstreamTimeout });
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});
