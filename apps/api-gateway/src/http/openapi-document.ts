import type { OpenAPIObject } from '@nestjs/swagger';
import { z } from 'zod';
import { requestBodyOf } from './request-bodies.js';

type Operation = NonNullable<OpenAPIObject['paths'][string]['get']>;
type Responses = Operation['responses'];

const WRITE_METHODS = new Set(['post', 'put', 'patch', 'delete']);
const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

/** RFC 9457 problem details as the gateway answers them (`problem.ts`). */
const PROBLEM_SCHEMA = {
  type: 'object',
  required: ['type', 'title', 'status', 'detail', 'instance', 'code', 'correlationId'],
  properties: {
    type: { type: 'string', examples: ['urn:xieshang:problem:VALIDATION.INVALID_INPUT'] },
    title: { type: 'string' },
    status: { type: 'integer', minimum: 400, maximum: 599 },
    detail: { type: 'string' },
    instance: { type: 'string' },
    code: { type: 'string', description: 'One of the error codes of @xieshang/contracts', examples: ['VALIDATION.INVALID_INPUT'] },
    correlationId: { type: 'string' },
    errors: {
      type: 'array',
      items: { type: 'object', required: ['path', 'message'], properties: { path: { type: 'string' }, message: { type: 'string' } } },
    },
  },
};

const PROBLEMS: Record<string, string> = {
  '400': 'Invalid request: the fields are named in `errors`',
  '401': 'Not signed in, or the token is not valid',
  '403': 'Not allowed for the caller’s roles or tenant',
  '404': 'Not found (or not the caller’s to see)',
  '409': 'Conflicts with the current state: a stale version, a rule of the procedure',
  '413': 'The body is too large',
  '415': 'The body is not of a type the route accepts (JSON for a JSON route; for an upload, a PDF, DOCX, XLSX or image)',
  '422': 'Well-formed, but a value cannot be accepted (an unknown org unit, a missing reason …)',
  '429': 'Too many requests; see Retry-After',
  '503': 'A service is unavailable; try again shortly',
};

const problemRef = (status: string) => ({ $ref: `#/components/responses/Problem${status}` });

/** Which problems an operation may answer: every route its 4xx of input and access; writes their conflicts. */
const problemsOf = (method: string, path: string, isPublic: boolean): string[] => {
  const statuses = ['400', '429', '503'];
  if (!isPublic) statuses.push('401', '403');
  if (path.includes('{')) statuses.push('404');
  if (WRITE_METHODS.has(method)) statuses.push('409', '413', '422');
  return statuses.sort();
};

const jsonSchemaOf = (schema: z.ZodType): Record<string, unknown> => {
  const { $schema: _dialect, ...json } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
  return json;
};

/** A route whose body is a file's bytes (documents/document-routes.ts), not JSON. */
export const isUpload = (operation: Operation): boolean =>
  Boolean(operation.requestBody && 'content' in operation.requestBody && operation.requestBody.content['application/octet-stream']);

/** `/api/v1/plans/{id}` as Express declares it: `/api/v1/plans/:id`. */
const routePathOf = (openApiPath: string): string => openApiPath.replace(/\{([^}]+)\}/g, ':$1');

/**
 * Completes the document Nest builds from the controllers, in one place rather than on every route:
 * OpenAPI 3.1 (the schemas are JSON Schema 2020-12, where `null` is a type), the problem+json
 * answers of every operation, and each write's body from the very schema the gateway enforces.
 */
export const completeOpenApiDocument = (document: OpenAPIObject): OpenAPIObject => {
  const responses: Record<string, unknown> = { ...document.components?.responses };
  for (const [status, description] of Object.entries(PROBLEMS)) {
    responses[`Problem${status}`] = { description, content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } };
  }
  const paths: OpenAPIObject['paths'] = {};
  for (const [path, item] of Object.entries(document.paths)) {
    const completed = { ...item };
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const isPublic = !operation.security && !(document.security && document.security.length > 0);
      const problemResponses: Responses = { ...operation.responses };
      for (const status of problemsOf(method, path, isPublic)) problemResponses[status] ??= problemRef(status);
      const bodySchema = WRITE_METHODS.has(method) ? requestBodyOf(method, routePathOf(path)) : undefined;
      // An upload refuses a file of another type; a JSON route refuses a body that is not JSON.
      if (isUpload(operation) || bodySchema) problemResponses['415'] ??= problemRef('415');
      completed[method] = {
        ...operation,
        responses: problemResponses,
        ...(bodySchema ? { requestBody: { required: method !== 'delete', content: { 'application/json': { schema: jsonSchemaOf(bodySchema) } } } } : {}),
      };
    }
    paths[path] = completed;
  }
  return {
    ...document,
    openapi: '3.1.0',
    paths,
    components: { ...document.components, schemas: { ...document.components?.schemas, Problem: PROBLEM_SCHEMA }, responses: responses as never },
  };
};
