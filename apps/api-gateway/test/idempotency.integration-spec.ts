import { Body, Controller, type INestApplication, Post } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import type { NextFunction, Request, Response } from 'express';
import { randomUUID } from 'node:crypto';
import { IdempotencyInterceptor } from '../src/idempotency/idempotency.interceptor.js';
import { IdempotencyStore } from '../src/idempotency/idempotency.store.js';
import { ProblemJsonFilter } from '../src/http/problem-json.filter.js';
import { createLogger } from '@xieshang/platform-observability';
import { platformNatsOptions } from '@xieshang/platform-testing';

const effects: string[] = [];

@Controller('things')
class ThingsController {
  @Post()
  async create(@Body() body: { name: string; slow?: boolean }): Promise<{ name: string; effect: number }> {
    if (body.slow) await new Promise((resolve) => setTimeout(resolve, 400));
    if (body.name === 'fail') throw new Error('the effect failed');
    effects.push(body.name);
    return { name: body.name, effect: effects.length };
  }
}

describe('Idempotency-Key on writes (JetStream key-value, real NATS)', () => {
  let app: INestApplication;
  let nats: NatsConnection;
  let url: string;
  const user = { subject: `user-${randomUUID()}`, tenantId: 'bazhou', roles: ['office'] };

  const post = (body: object, key?: string) =>
    fetch(`${url}/things`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(key !== undefined ? { 'idempotency-key': key } : {}) },
      body: JSON.stringify(body),
    });

  beforeAll(async () => {
    nats = await connect(platformNatsOptions());
    const store = await IdempotencyStore.open(nats, 1, 5_000);
    const moduleRef = await Test.createTestingModule({
      controllers: [ThingsController],
      providers: [{ provide: IdempotencyStore, useValue: store }, { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor }],
    }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    app.use((request: Request, _response: Response, next: NextFunction) => {
      Object.assign(request, { user });
      next();
    });
    app.useGlobalFilters(new ProblemJsonFilter(createLogger('test', 'silent')));
    await app.listen(0, '127.0.0.1');
    url = await app.getUrl();
  });

  afterAll(async () => {
    await app?.close();
    await nats?.close();
  });

  it('replays the first reply for a repeated key, with one effect', async () => {
    const key = randomUUID();
    const first = await post({ name: 'plan-a' }, key);
    const second = await post({ name: 'plan-a' }, key);
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(await second.json()).toEqual(await first.json());
    expect(effects.filter((name) => name === 'plan-a')).toHaveLength(1);
  });

  it('refuses the same key with another body with 422', async () => {
    const key = randomUUID();
    await post({ name: 'plan-b' }, key);
    const reused = await post({ name: 'plan-c' }, key);
    expect(reused.status).toBe(422);
    expect(await reused.json()).toMatchObject({ code: 'COMMON.IDEMPOTENCY_KEY_REUSED' });
  });

  it('answers 409 while the first request with the key is still running', async () => {
    const key = randomUUID();
    const slow = post({ name: 'plan-d', slow: true }, key);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const concurrent = await post({ name: 'plan-d', slow: true }, key);
    expect(concurrent.status).toBe(409);
    expect(await concurrent.json()).toMatchObject({ code: 'COMMON.IDEMPOTENCY_IN_PROGRESS' });
    expect((await slow).status).toBe(201);
  });

  it('frees the key when the request failed, so a retry runs', async () => {
    const key = randomUUID();
    expect((await post({ name: 'fail' }, key)).status).toBe(500);
    expect((await post({ name: 'fail' }, key)).status).toBe(500);
  });

  it('runs every request without a key', async () => {
    await post({ name: 'plan-e' });
    await post({ name: 'plan-e' });
    expect(effects.filter((name) => name === 'plan-e')).toHaveLength(2);
  });

  it('names the header when the key is malformed', async () => {
    const result = await post({ name: 'plan-f' }, 'x'.repeat(300));
    expect(result.status).toBe(400);
    expect(await result.json()).toMatchObject({ errors: [{ path: 'Idempotency-Key' }] });
  });
});
