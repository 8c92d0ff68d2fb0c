import { Injectable } from '@nestjs/common';
import type { ModuleRef } from '@nestjs/core';
import { PATTERN_METADATA } from '@nestjs/microservices/constants.js';
import { z } from 'zod';
import { CommonErrorCode } from '@xieshang/contracts';
import { natsRoutes, route } from './nats-routes.js';

@Injectable()
class GreetingHandler {
  readonly seen: unknown[] = [];

  greet(input: { name: string; times: number }): string {
    this.seen.push(input);
    return `${input.name} x${input.times}`;
  }

  count(): number {
    return this.seen.length;
  }
}

const greetSchema = z.object({ name: z.string().min(1), times: z.number().int().default(1) });

type Routed = Record<string, (payload: unknown) => Promise<unknown>>;

describe('routes as a table', () => {
  const handler = new GreetingHandler();
  const Controller = natsRoutes([route('test.greeting.greet', greetSchema, GreetingHandler, 'greet'), route('test.greeting.count', null, GreetingHandler, 'count')]);
  const modules = { get: () => handler } as unknown as ModuleRef;
  const controller = new Controller(modules) as Routed;

  it('listens on each subject of the table', () => {
    const patterns = Object.getOwnPropertyNames(Controller.prototype)
      .filter((key) => key !== 'constructor' && key !== 'handlerOf')
      .map((key) => Reflect.getMetadata(PATTERN_METADATA, Controller.prototype[key as keyof object]) as string[]);
    expect(patterns).toEqual([['test.greeting.greet'], ['test.greeting.count']]);
  });

  it('hands the handler its input parsed, defaults filled', async () => {
    await expect(controller['route0']?.({ name: '王芳' })).resolves.toBe('王芳 x1');
    expect(handler.seen.at(-1)).toEqual({ name: '王芳', times: 1 });
    await expect(controller['route1']?.(null)).resolves.toBe(1);
  });

  it('refuses input that breaks the schema before the handler runs, naming the field', async () => {
    const before = handler.seen.length;
    await expect(controller['route0']?.({ name: '' })).rejects.toMatchObject({ code: CommonErrorCode.InvalidInput, details: { fields: [{ path: 'name' }] } });
    expect(handler.seen).toHaveLength(before);
  });

  it('refuses a table that names a subject twice', () => {
    expect(() => natsRoutes([route('test.greeting.count', null, GreetingHandler, 'count'), route('test.greeting.count', null, GreetingHandler, 'count')])).toThrow(
      /twice/,
    );
  });
});
