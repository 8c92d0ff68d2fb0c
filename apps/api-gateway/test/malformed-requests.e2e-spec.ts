import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import pg from 'pg';
import { ERROR_CODES } from '@xieshang/contracts';
import { passwordToken, platformUrls } from '@xieshang/platform-testing';
import { malformedRequest, type MalformedRequest } from './fuzz/malformed-request.arbitrary.js';
import { type Operation, operationsOf } from './fuzz/openapi-operations.js';

/** One person of each role in the demo districts; the fuzz calls every route as each that may call it. */
const CALLERS = ['platform-admin', 'city', 'bazhou-admin', 'office', 'ufwd', 'gov-office', 'leader', 'supervisor', 'minmeng', 'minmeng-leader', 'fagai'];
const GENERATED = Number(process.env['FUZZ_REQUESTS'] ?? 1200);
const CONCURRENCY = 4;
const SEED = Number(process.env['FUZZ_SEED'] ?? Date.now() % 2_147_483_647);
/** Each pass sends a request per route and role: near two thousand with every service's routes. */
const PASS_TIMEOUT_MS = 300_000;

interface Answer {
  request: MalformedRequest;
  caller: string;
  status: number;
  contentType: string;
  code?: string;
}

const runId = randomBytes(4).toString('hex');
let sent = 0;

const send = async (request: MalformedRequest, caller: string, token: string): Promise<Answer> => {
  const headers: Record<string, string> = { authorization: `Bearer ${token}`, 'x-correlation-id': `fuzz-${runId}-${(sent += 1)}` };
  if (request.body !== undefined) headers['content-type'] = request.contentType ?? 'application/json';
  // Only a city user may switch tenant; anyone else's X-Tenant is refused before the route is reached.
  if (request.tenantHeader && caller === 'city') headers['x-tenant'] = request.tenantHeader;
  const response = await fetch(`${platformUrls.gateway}${request.url}`, { method: request.operation.method, headers, ...(request.body !== undefined ? { body: request.body } : {}) });
  // The live notice stream stays open: its answer is its status and headers, its body is cut off.
  const streaming = response.headers.get('content-type')?.includes('text/event-stream') ?? false;
  const text = streaming ? '' : await response.text();
  if (streaming) await response.body?.cancel();
  let code: string | undefined;
  try {
    code = (JSON.parse(text) as { code?: string }).code;
  } catch {
    code = undefined;
  }
  return { request, caller, status: response.status, contentType: response.headers.get('content-type') ?? '', code };
};

/** Runs `work` over `items`, `CONCURRENCY` at a time. */
const inParallel = async <T, R>(items: T[], work: (item: T) => Promise<R>): Promise<R[]> => {
  const results: R[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < items.length) {
        const item = items[next++] as T;
        results.push(await work(item));
      }
    }),
  );
  return results;
};

/** What is wrong with an answer to a malformed request: a 5xx, an error that is not a known problem, or a write that went through. */
const faultOf = (answer: Answer): string | undefined => {
  if (answer.status >= 500) return `answered ${answer.status}`;
  if (answer.status >= 400) {
    if (!answer.contentType.includes('application/problem+json')) return `answered ${answer.status} as ${answer.contentType}`;
    if (!answer.code || !(ERROR_CODES as readonly string[]).includes(answer.code)) return `answered the unknown code ${answer.code}`;
    return undefined;
  }
  return answer.request.operation.isWrite ? `accepted a malformed write with ${answer.status}` : undefined;
};

/** Outbox rows a fuzz request caused, in every service schema: each state change writes one, with its audit event. */
const rowsWritten = async (): Promise<number> => {
  const client = new pg.Client({ connectionString: process.env['DATABASE_URL'] });
  await client.connect();
  try {
    const { rows: schemas } = await client.query<{ schema: string }>(`select table_schema as schema from information_schema.tables where table_name = 'outbox'`);
    let total = 0;
    for (const { schema } of schemas) {
      const { rows } = await client.query<{ n: string }>(`select count(*) as n from "${schema}".outbox where envelope->>'correlationId' like $1`, [`fuzz-${runId}-%`]);
      total += Number(rows[0]?.n ?? 0);
    }
    return total;
  } finally {
    await client.end();
  }
};

/**
 * Malformed requests for every route of the OpenAPI document, as every role that may call it:
 * wrong types, NUL, lone surrogates, huge integers, deep nesting, unknown fields, bad ids and
 * list parameters. None may answer 5xx, every error is problem+json with a code of the contracts,
 * and nothing is written.
 */
describe('malformed requests to every route', () => {
  let operations: Operation[];
  const tokens = new Map<string, string>();
  /** Who gets past the role check of each operation, learnt from the first pass. */
  const allowed = new Map<Operation, string[]>();
  const answers: Answer[] = [];

  beforeAll(async () => {
    const document = (await (await fetch(`${platformUrls.gateway}/api/openapi.json`)).json()) as Parameters<typeof operationsOf>[0];
    operations = operationsOf(document);
    for (const caller of CALLERS) tokens.set(caller, await passwordToken(caller));
  });

  it('probes every route as every role with one malformed request each', async () => {
    const probes = operations.flatMap((operation) => {
      const [request] = fc.sample(malformedRequest(operation), { numRuns: 1, seed: SEED });
      return CALLERS.map((caller) => ({ request: request as MalformedRequest, caller }));
    });
    const probed = await inParallel(probes, ({ request, caller }) => send(request, caller, tokens.get(caller) as string));
    answers.push(...probed);
    for (const answer of probed) {
      if (answer.status === 403 || answer.status === 401) continue;
      allowed.set(answer.request.operation, [...(allowed.get(answer.request.operation) ?? []), answer.caller]);
    }
    expect(operations.length).toBeGreaterThanOrEqual(60);
    expect(allowed.size).toBeGreaterThanOrEqual(operations.length - 2);
  }, PASS_TIMEOUT_MS);

  it('sends generated malformed requests as the roles that may call each route', async () => {
    const generator = fc
      .constantFrom(...operations)
      .chain((operation) => fc.tuple(malformedRequest(operation), fc.constantFrom(...(allowed.get(operation) ?? CALLERS))));
    const requests = fc.sample(generator, { numRuns: GENERATED, seed: SEED + 1 });
    answers.push(...(await inParallel(requests, ([request, caller]) => send(request, caller, tokens.get(caller) as string))));

    const faults = answers.flatMap((answer) => {
      const fault = faultOf(answer);
      return fault ? [`${answer.request.operation.method} ${answer.request.url.slice(0, 120)} as ${answer.caller} (${answer.request.defect}): ${fault}`] : [];
    });
    const byStatus = answers.reduce<Record<number, number>>((counts, answer) => ({ ...counts, [answer.status]: (counts[answer.status] ?? 0) + 1 }), {});
    process.stdout.write(
      `fuzz: ${answers.length} malformed requests over ${operations.length} routes and ${CALLERS.length} roles (seed ${SEED}); answers by status ${JSON.stringify(byStatus)}; ${faults.length} faults\n`,
    );
    expect(answers.length).toBeGreaterThanOrEqual(1_000);
    expect(faults.slice(0, 20)).toEqual([]);
  }, PASS_TIMEOUT_MS);

  it('wrote nothing', async () => {
    expect(await rowsWritten()).toBe(0);
  });
});
