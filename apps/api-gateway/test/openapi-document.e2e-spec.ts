import SwaggerParser from '@apidevtools/swagger-parser';
import { platformUrls } from '@xieshang/platform-testing';

interface Operation {
  requestBody?: { content?: Record<string, { schema?: unknown }> };
  responses: Record<string, { $ref?: string; content?: Record<string, unknown> }>;
  security?: unknown[];
}
type Document = { openapi: string; paths: Record<string, Record<string, Operation>>; components: { responses: Record<string, { content?: Record<string, unknown> }> } };

const WRITES = new Set(['post', 'put', 'patch', 'delete']);

const operationsOf = (document: Document): { method: string; path: string; operation: Operation }[] =>
  Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
      .map(([method, operation]) => ({ method, path, operation })),
  );

const isUpload = (operation: Operation): boolean => Boolean(operation.requestBody?.content?.['application/octet-stream']?.schema);

/** The answer of an operation for a status, with a `$ref` to a shared response followed. */
const answerOf = (document: Document, operation: Operation, status: string) => {
  const answer = operation.responses[status];
  return answer?.$ref ? document.components.responses[answer.$ref.split('/').pop() as string] : answer;
};

/** The gateway's OpenAPI document is valid, and documents every write's body and its problem+json answers. */
/** The calendar feed is public: its token is its credential. */
const PUBLIC_PATHS = new Set(['/api/v1/calendar/{token}.ics']);

describe('the OpenAPI document', () => {
  let document: Document;

  beforeAll(async () => {
    const response = await fetch(`${platformUrls.gateway}/api/openapi.json`);
    expect(response.status).toBe(200);
    document = (await response.json()) as Document;
  });

  it('passes a standard validator', async () => {
    await expect(SwaggerParser.validate(structuredClone(document) as never)).resolves.toBeTruthy();
    expect(document.openapi).toBe('3.1.0');
  });

  it('documents the body of every write, from its contract', () => {
    const writes = operationsOf(document).filter(({ method }) => WRITES.has(method));
    expect(writes.length).toBeGreaterThanOrEqual(30);
    // An upload's body is the file itself, documented as binary rather than as a JSON contract.
    const jsonWrites = writes.filter((write) => !isUpload(write.operation));
    const withoutBody = jsonWrites.filter(({ operation }) => !operation.requestBody?.content?.['application/json']?.schema).map(({ method, path }) => `${method} ${path}`);
    expect(withoutBody).toEqual([]);
    const strict = jsonWrites.filter(({ operation }) => (operation.requestBody?.content?.['application/json']?.schema as { additionalProperties?: unknown }).additionalProperties === false);
    expect(strict.map(({ method, path }) => `${method} ${path}`)).toEqual(jsonWrites.map(({ method, path }) => `${method} ${path}`));
  });

  it('documents every upload as the file’s bytes, refused with 415 when it is no accepted document', () => {
    const uploads = operationsOf(document).filter(({ operation }) => isUpload(operation));
    const missing = uploads.filter(({ operation }) => !answerOf(document, operation, '415')?.content?.['application/problem+json']);
    expect(missing.map(({ method, path }) => `${method} ${path}`)).toEqual([]);
  });

  it('documents problem+json answers on every operation: input on all, conflicts on writes, access where signed in', () => {
    const missing: string[] = [];
    for (const { method, path, operation } of operationsOf(document)) {
      const expected = ['400', '429', ...(WRITES.has(method) ? ['409', '422'] : []), ...(path.startsWith('/api/v1/') && !PUBLIC_PATHS.has(path) ? ['401', '403'] : [])];
      for (const status of expected) {
        if (!answerOf(document, operation, status)?.content?.['application/problem+json']) missing.push(`${method} ${path} ${status}`);
      }
    }
    expect(missing).toEqual([]);
    const feed = document.paths['/api/v1/calendar/{token}.ics']?.get;
    expect(feed && answerOf(document, feed, '404')?.content?.['application/problem+json']).toBeTruthy();
    expect(feed && answerOf(document, feed, '401')).toBeFalsy();
  });
});
