import { ApiBody, ApiQuery } from '@nestjs/swagger';
import { applyDecorators } from '@nestjs/common';
import type { Response } from 'express';
import { z } from 'zod';
import type { ListResult, PlanningActor, Role } from '@xieshang/contracts';
import type { AuthenticatedUser } from '@xieshang/platform-auth';
import { contentRange, parseListParams } from '../http/list-params.rules.js';

/** Everyone of a district who reads the published plan; what each sees is decided by planning-service. */
export const PLAN_READERS: Role[] = ['office', 'ufwd', 'leader', 'supervisor', 'tenant-admin', 'party-member', 'party-leader', 'department', 'gov-office'];
/** Office and UFWD draft, solicit, submit, publish and revise. */
export const PLAN_EDITORS: Role[] = ['office', 'ufwd'];

/**
 * The caller's org unit and name, from the verified token only. Spread last into every request to
 * planning-service, so an `actor` in a client's body is overwritten, never trusted.
 */
export const actorOf = (user: AuthenticatedUser): { actor: PlanningActor } => ({
  actor: { orgUnitId: user.orgUnitId, displayName: user.displayName.slice(0, 100) || user.username },
});

/** A JSON body as sent by a client, or an empty object for actions without one. */
export const bodyOf = (body: unknown): Record<string, unknown> => (typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : {});

type BodySchema = Extract<Parameters<typeof ApiBody>[0], { schema: unknown }>['schema'];

/** Documents a route's body with the contract's own zod schema, so OpenAPI and validation cannot drift apart. */
export const ZodBody = (schema: z.ZodType, description?: string) => {
  const { $schema: _dialect, ...json } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
  return ApiBody({ schema: json as BodySchema, ...(description ? { description } : {}) });
};

/** react-admin's list parameters, documented once. */
export const ListParams = (filterExample: string) =>
  applyDecorators(
    ApiQuery({ name: 'filter', required: false, description: `JSON: ${filterExample}` }),
    ApiQuery({ name: 'range', required: false, description: 'JSON: [0,24]' }),
    ApiQuery({ name: 'sort', required: false, description: 'JSON: ["createdAt","DESC"]' }),
  );

/** Sends a page with its Content-Range, as react-admin's simple REST client reads it. */
export const sendPage = <T>(response: Response, resource: string, from: number, page: ListResult<T>): T[] => {
  response.setHeader('Content-Range', contentRange(resource, from, page.items.length, page.total));
  return page.items;
};

export { parseListParams };
