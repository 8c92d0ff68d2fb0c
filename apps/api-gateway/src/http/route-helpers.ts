import { applyDecorators } from '@nestjs/common';
import { ApiBody, ApiQuery } from '@nestjs/swagger';
import type { Response } from 'express';
import { z } from 'zod';
import type { ListResult } from '@xieshang/contracts';
import { contentRange } from './list-params.rules.js';

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
