import { Controller, Inject, type OnApplicationBootstrap, type OnModuleDestroy, type Type } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { NatsConnection } from '@nats-io/transport-node';
import type { z } from 'zod';
import type { NatsConnectionConfig } from '@xieshang/platform-config';
import { parseInput } from '@xieshang/platform-errors';
import { RouteServer, type RouteAnswer } from '@xieshang/platform-messaging';
import type { Logger } from '@xieshang/platform-observability';
import { connectNats } from './nats-connection.js';
import { ReadinessRegistry } from './readiness.js';
import { APP_CONFIG, APP_LOGGER, APP_NAME } from './runtime.module.js';

/** One NATS subject of a service: what arrives on it, how it is parsed, and which provider method answers. */
export interface NatsRoute {
  subject: string;
  input: z.ZodType | null;
  handler: Type;
  method: string;
}

/** The methods of `H` that take `I` (or nothing, for `undefined`). */
type MethodsTaking<H, I> = {
  [K in keyof H & string]: H[K] extends (...args: infer A) => unknown ? (I extends undefined ? (A extends [] ? K : never) : A extends [I] ? K : never) : never;
}[keyof H & string];

/**
 * A route in one line: `route(PlanningSubject.GetPlan, getPlanSchema, PlanQueriesHandler, 'get')`.
 * The input is parsed here (an absent body counts as `{}`), so handlers receive typed input;
 * `null` for subjects that carry none.
 */
export function route<H, S extends z.ZodType>(subject: string, input: S, handler: Type<H>, method: MethodsTaking<H, z.infer<S>>): NatsRoute;
export function route<H>(subject: string, input: null, handler: Type<H>, method: MethodsTaking<H, undefined>): NatsRoute;
export function route<H>(subject: string, input: z.ZodType | null, handler: Type<H>, method: string): NatsRoute {
  return { subject, input, handler, method };
}

/** The answer of each subject of a table: its input parsed (an absent body counts as `{}`), then its handler's method. */
export const routeAnswers = (routes: readonly NatsRoute[], handlerOf: (type: Type) => unknown): Map<string, RouteAnswer> => {
  const answers = new Map<string, RouteAnswer>();
  for (const entry of routes) {
    if (answers.has(entry.subject)) throw new Error(`The route table names ${entry.subject} twice`);
    answers.set(entry.subject, (payload) => {
      const handler = handlerOf(entry.handler) as Record<string, (input?: unknown) => unknown>;
      if (!entry.input) return handler[entry.method]?.();
      return handler[entry.method]?.(parseInput(entry.input, payload ?? {}));
    });
  }
  return answers;
};

/**
 * The NATS side of a service, made from its route table: at bootstrap it connects as the
 * service's NATS user and answers every subject of the table in the service's queue group; at
 * shutdown it stops taking requests and lets those in hand finish before the database closes.
 */
export const natsRoutes = (routes: readonly NatsRoute[]): Type => {
  // A table that names a subject twice fails where the module is declared, not at bootstrap.
  routeAnswers(routes, () => null);

  @Controller()
  class NatsRoutesController implements OnApplicationBootstrap, OnModuleDestroy {
    private connection: NatsConnection | null = null;
    private server: RouteServer | null = null;

    constructor(
      @Inject(ModuleRef) private readonly modules: ModuleRef,
      @Inject(APP_CONFIG) private readonly config: NatsConnectionConfig,
      @Inject(APP_NAME) private readonly name: string,
      @Inject(APP_LOGGER) private readonly logger: Logger,
      @Inject(ReadinessRegistry) private readonly readiness: ReadinessRegistry,
    ) {}

    async onApplicationBootstrap(): Promise<void> {
      this.connection = await connectNats(this.config, this.name, this.readiness, 'nats-requests');
      const handlers = new Map<Type, unknown>();
      const handlerOf = (type: Type): unknown => {
        if (!handlers.has(type)) handlers.set(type, this.modules.get(type, { strict: false }));
        return handlers.get(type);
      };
      this.server = new RouteServer({ connection: this.connection, queue: this.name, answers: routeAnswers(routes, handlerOf), logger: this.logger });
      this.server.start();
    }

    async onModuleDestroy(): Promise<void> {
      await this.server?.stop();
      await this.connection?.drain().catch(() => undefined);
    }
  }
  return NatsRoutesController;
};
