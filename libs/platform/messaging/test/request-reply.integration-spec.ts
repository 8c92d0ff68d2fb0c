import { randomBytes } from 'node:crypto';
import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { headers as natsHeaders, type NatsConnection } from '@nats-io/transport-node';
import { CommonErrorCode, WireHeader } from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';
import { createLogger } from '@xieshang/platform-observability';
import { findCaller, runAsCaller, systemCaller } from '@xieshang/platform-tenancy';
import { MessagingModule, RouteServer, ServiceRequester, type RouteAnswer } from '../src/index.js';
import { connectNats, TEST_NATS } from './support/nats.js';

const prefix = `test${randomBytes(4).toString('hex')}`;
const service = `${prefix}-service`;
const handledBy: string[] = [];

const probeAnswers = (instance: string): Map<string, RouteAnswer> =>
  new Map<string, RouteAnswer>([
    [
      `${prefix}.probe.whoami`,
      () => {
        handledBy.push(instance);
        return { instance, context: findCaller() };
      },
    ],
    [`${prefix}.probe.echo`, (payload) => payload],
    // A reply larger than the server takes in one message (its `max_payload`, 1 MiB by default).
    [`${prefix}.probe.huge`, () => '民'.repeat(1_048_576)],
    [
      `${prefix}.probe.refuse`,
      () => {
        throw new AppException('COMMON.VERSION_CONFLICT', 'The probe refuses', { reason: 'rule' });
      },
    ],
    [
      `${prefix}.probe.crash`,
      () => {
        throw new Error('database password is hunter2');
      },
    ],
    [
      `${prefix}.probe.slow`,
      async () => {
        await new Promise((resolve) => setTimeout(resolve, 800));
        handledBy.push(`${instance} slow`);
        return 'late';
      },
    ],
  ]);

interface Instance {
  connection: NatsConnection;
  server: RouteServer;
}

const startInstance = async (instance: string): Promise<Instance> => {
  const connection = await connectNats();
  const server = new RouteServer({ connection, queue: service, answers: probeAnswers(instance), logger: createLogger('request-reply-test', 'silent'), gracePeriodMs: 2_000 });
  server.start();
  await connection.flush();
  return { connection, server };
};

const stopInstance = async ({ connection, server }: Instance): Promise<void> => {
  await server.stop();
  await connection.close();
};

describe('request/reply', () => {
  let instances: Instance[];
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
    await Promise.all((instances ?? []).map(stopInstance));
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
    const caller = { ...systemCaller('corr-request-reply', 'bazhou'), personId: 'u-7', displayName: '王芳', orgUnitId: 'ou-7', roles: ['office', 'leader'] as const };
    const reply = await runAsCaller({ ...caller, roles: [...caller.roles] }, () =>
      requester.request<{ context: unknown }>(`${prefix}.probe.whoami`, {}),
    );
    expect(reply.context).toEqual({ ...caller, roles: ['office', 'leader'] });
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

  it('hands the handler the data of the request', async () => {
    await expect(requester.request(`${prefix}.probe.echo`, { name: '民盟', seats: [1, 2] })).resolves.toEqual({ name: '民盟', seats: [1, 2] });
  });

  it('answers a request that is not JSON with COMMON.INVALID_INPUT, and goes on answering', async () => {
    const connection = await connectNats();
    try {
      const reply = await connection.request(`${prefix}.probe.echo`, '{"pattern":', { timeout: 2_000 });
      expect(reply.json()).toMatchObject({ err: { code: CommonErrorCode.InvalidInput } });
    } finally {
      await connection.close();
    }
    await expect(requester.request(`${prefix}.probe.echo`, 'still here')).resolves.toBe('still here');
  });

  it('answers a reply too large for NATS as COMMON.INTERNAL at once, and goes on answering', async () => {
    const started = Date.now();
    const failure = await requester.request(`${prefix}.probe.huge`, {}).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: CommonErrorCode.Internal, message: 'Internal error' });
    expect(Date.now() - started).toBeLessThan(2_000);
    await expect(requester.request(`${prefix}.probe.echo`, 'still here')).resolves.toBe('still here');
  });

  it('answers each of many requests sent in one turn with its own reply', async () => {
    const replies = await Promise.all(Array.from({ length: 200 }, (_, index) => requester.request(`${prefix}.probe.echo`, { index })));
    expect(replies).toEqual(Array.from({ length: 200 }, (_, index) => ({ index })));
  });

  it('refuses a malformed tenant header before the handler runs', async () => {
    const connection = await connectNats();
    try {
      const sent = natsHeaders();
      sent.set(WireHeader.TenantId, 'Not A Tenant!');
      handledBy.length = 0;
      const reply = await connection.request(`${prefix}.probe.whoami`, JSON.stringify({ data: {}, id: '1' }), { timeout: 2_000, headers: sent });
      expect(reply.json()).toMatchObject({ err: { code: CommonErrorCode.MissingTenant }, id: '1' });
      expect(handledBy).toEqual([]);
    } finally {
      await connection.close();
    }
  });

  it('finishes the requests in hand when it stops, and takes no new one', async () => {
    handledBy.length = 0;
    const connection = await connectNats();
    try {
      // A subject only this server answers, so that stopping it leaves nobody to answer.
      const lone = new RouteServer({ connection, queue: `${service}-lone`, answers: new Map([[`${prefix}.lone.slow`, probeAnswers('lone').get(`${prefix}.probe.slow`)!]]), logger: createLogger('request-reply-test', 'silent') });
      lone.start();
      await connection.flush();
      const pending = requester.request(`${prefix}.lone.slow`, {}, { timeoutMs: 3_000 });
      await new Promise((resolve) => setTimeout(resolve, 200));
      await lone.stop();
      await expect(pending).resolves.toBe('late');
      expect(handledBy).toContain('lone slow');
      const after = await requester.request(`${prefix}.lone.slow`, {}, { timeoutMs: 500 }).catch((error: unknown) => error);
      expect(after).toMatchObject({ code: CommonErrorCode.ServiceUnavailable });
    } finally {
      await connection.close();
    }
  });
});
