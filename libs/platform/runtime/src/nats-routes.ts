import { Controller, Inject, type Type } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { MessagePattern, Payload } from '@nestjs/microservices';
import type { z } from 'zod';
import { parseInput } from '@xieshang/platform-errors';

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

/**
 * The one NATS controller of a service, made from its route table: a method per subject, in the
 * service's queue group. The caller, error mapping and metrics come from the runtime's
 * interceptor and filter, which apply to every route alike.
 */
export const natsRoutes = (routes: readonly NatsRoute[]): Type => {
  const subjects = routes.map((entry) => entry.subject);
  const repeated = subjects.find((subject, index) => subjects.indexOf(subject) !== index);
  if (repeated) throw new Error(`The route table names ${repeated} twice`);

  @Controller()
  class NatsRoutesController {
    private readonly handlers = new Map<Type, unknown>();

    constructor(@Inject(ModuleRef) private readonly modules: ModuleRef) {}

    handlerOf(type: Type): unknown {
      let handler = this.handlers.get(type);
      if (!handler) {
        handler = this.modules.get(type, { strict: false });
        this.handlers.set(type, handler);
      }
      return handler;
    }
  }

  routes.forEach((entry, index) => {
    const key = `route${index}`;
    async function answer(this: NatsRoutesController, payload: unknown): Promise<unknown> {
      const handler = this.handlerOf(entry.handler) as Record<string, (input?: unknown) => unknown>;
      if (!entry.input) return handler[entry.method]?.();
      return handler[entry.method]?.(parseInput(entry.input, payload ?? {}));
    }
    Object.defineProperty(NatsRoutesController.prototype, key, { value: answer, writable: true, configurable: true });
    const descriptor = Object.getOwnPropertyDescriptor(NatsRoutesController.prototype, key) as PropertyDescriptor;
    MessagePattern(entry.subject)(NatsRoutesController.prototype, key, descriptor);
    Payload()(NatsRoutesController.prototype, key, 0);
  });
  return NatsRoutesController;
};
