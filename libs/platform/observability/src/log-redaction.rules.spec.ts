import { Writable } from 'node:stream';
import pino from 'pino';
import { REDACTED, redactionOptions, scrubSecrets, serializeError } from './log-redaction.rules.js';

const HASH = 'scrypt$16384$8$1$c2FsdHNhbHRzYWx0$a2V5a2V5a2V5a2V5a2V5';
const JWT = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJwLTEifQ.c2lnbmF0dXJl';

const capture = (): { logger: pino.Logger; lines: string[] } => {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  const logger = pino(redactionOptions, sink);
  return { logger, lines };
};

describe('log redaction', () => {
  it('redacts secret keys at any depth, in arrays too, and leaves the rest alone', () => {
    const { logger, lines } = capture();
    const deep = { a: { b: { c: { d: { e: { f: { Authorization: 'x6', cookie: 'c6' } } } } } } };
    logger.info({ password: 'p0', a: { passwordHash: HASH, b: [{ token: 't2' }], keep: 'visible' }, deep, count: 3 }, 'nested');
    const line = lines.join('');
    for (const secret of ['p0', 't2', 'x6', 'c6', HASH]) expect(line).not.toContain(secret);
    expect(line.split(REDACTED).length - 1).toBe(5);
    expect(JSON.parse(line)).toMatchObject({ a: { keep: 'visible' }, count: 3 });
  });

  it('leaves the object it was given untouched', () => {
    const { logger } = capture();
    const body = { password: 'p0', nested: { token: 't1' } };
    logger.info({ body }, 'copy');
    expect(body).toEqual({ password: 'p0', nested: { token: 't1' } });
  });

  it('keeps no query parameters, failing row or driver copy of a database error', () => {
    const { logger, lines } = capture();
    const failure = Object.assign(new Error('new row violates check constraint "people_check"'), {
      query: 'INSERT INTO "directory"."people"("username", "password_hash") VALUES ($1, $2)',
      parameters: ['someone', HASH],
      detail: `Failing row contains (someone, ${HASH}).`,
      driverError: { detail: `Failing row contains (someone, ${HASH}).`, parameters: ['someone', HASH] },
      code: '23514',
      constraint: 'people_check',
    });
    logger.error({ err: failure }, 'NATS handler failed');
    const logged = JSON.parse(lines[0] as string) as { err: Record<string, unknown> };
    expect(lines[0]).not.toContain('scrypt$');
    expect(logged.err).toMatchObject({ type: 'Error', code: '23514', constraint: 'people_check', query: expect.stringContaining('$2') });
    expect(logged.err).not.toHaveProperty('parameters');
    expect(logged.err).not.toHaveProperty('detail');
  });

  it('scrubs bearer tokens, JWTs and password hashes out of free text', () => {
    const scrubbed = scrubSecrets(`{"msg":"header was Bearer ${JWT}, token ${JWT}, stored ${HASH}"}`);
    expect(scrubbed).not.toContain(JWT);
    expect(scrubbed).not.toContain(HASH);
    expect(scrubbed).toContain(`Bearer ${REDACTED}`);
  });

  it('scrubs a calendar feed token out of a logged URL', () => {
    const token = 'xscal.bazhou.Qm9yZWQtYnV0LXJhbmRvbS10b2tlbi1mb3ItdGVzdHMtMDE';
    const scrubbed = scrubSecrets(`{"url":"/api/v1/calendar/${token}.ics","status":404}`);
    expect(scrubbed).not.toContain(token.split('.')[2]);
    expect(scrubbed).toContain(`/api/v1/calendar/${REDACTED}.ics`);
  });

  it('follows causes without looping on a cycle', () => {
    const inner = new Error('inner');
    const outer = new Error('outer', { cause: inner });
    (inner as Error & { cause?: unknown }).cause = outer;
    expect(serializeError(outer)).toMatchObject({ message: 'outer', cause: { message: 'inner', cause: '[Circular]' } });
  });
});
