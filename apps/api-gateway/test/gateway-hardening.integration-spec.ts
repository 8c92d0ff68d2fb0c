import type { Server } from 'node:http';
import type { INestApplication } from '@nestjs/common';
import { serveMetrics } from '@xieshang/platform-runtime';
import { passwordToken } from '@xieshang/platform-testing';
import { createGateway } from '../src/gateway.app.js';

const start = async (env: Record<string, string>): Promise<{ app: INestApplication; url: string }> => {
  const { app } = await createGateway({ ...process.env, LOG_LEVEL: 'silent', ...env });
  await app.listen(0, '127.0.0.1');
  return { app, url: await app.getUrl() };
};

describe('the gateway’s public port', () => {
  let gateway: { app: INestApplication; url: string };
  let metrics: Server;

  beforeAll(async () => {
    gateway = await start({ NODE_ENV: 'test' });
    metrics = await serveMetrics(0, '127.0.0.1');
  });

  afterAll(async () => {
    await gateway?.app.close();
    await new Promise((resolve) => metrics?.close(resolve));
  });

  it('serves no /metrics; the metrics port does', async () => {
    expect((await fetch(`${gateway.url}/metrics`)).status).toBe(404);
    const address = metrics.address() as { port: number };
    const scraped = await fetch(`http://127.0.0.1:${address.port}/metrics`);
    expect(scraped.status).toBe(200);
    expect(await scraped.text()).toContain('xs_http_requests_total');
    expect((await fetch(`http://127.0.0.1:${address.port}/other`)).status).toBe(404);
  });

  it('sends the security headers, a CSP that loads nothing on the API and lets the docs page run', async () => {
    const api = await fetch(`${gateway.url}/api/v1/me`, { headers: { authorization: `Bearer ${await passwordToken('office')}` } });
    expect(api.status).toBe(200);
    expect(api.headers.get('x-content-type-options')).toBe('nosniff');
    expect(api.headers.get('referrer-policy')).toBe('no-referrer');
    expect(api.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(api.headers.get('strict-transport-security')).toBeNull();
    expect(api.headers.get('x-powered-by')).toBeNull();
    const docs = await fetch(`${gateway.url}/api/docs`);
    expect(docs.status).toBe(200);
    expect(docs.headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  it('sends HSTS only to a request that came over TLS through the proxy', async () => {
    const secure = await fetch(`${gateway.url}/health`, { headers: { 'x-forwarded-proto': 'https' } });
    expect(secure.headers.get('strict-transport-security')).toMatch(/^max-age=\d+/);
  });

  it('answers a body in an unsupported charset with 415 and its own code', async () => {
    const token = await passwordToken('office');
    const response = await fetch(`${gateway.url}/api/v1/plans`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json; charset=latin1' },
      body: '{"year":2001,"title":"x"}',
    });
    expect(response.status).toBe(415);
    expect(response.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(await response.json()).toMatchObject({ status: 415, code: 'COMMON.UNSUPPORTED_MEDIA_TYPE' });
  });
});

describe('the OpenAPI page as a setting', () => {
  const docsStatus = async (env: Record<string, string>): Promise<[number, number]> => {
    const gateway = await start(env);
    try {
      return [(await fetch(`${gateway.url}/api/docs`)).status, (await fetch(`${gateway.url}/api/openapi.json`)).status];
    } finally {
      await gateway.app.close();
    }
  };

  it('is off by default in production, and follows API_DOCS_ENABLED either way', async () => {
    expect(await docsStatus({ NODE_ENV: 'production' })).toEqual([404, 404]);
    expect(await docsStatus({ NODE_ENV: 'production', API_DOCS_ENABLED: 'true' })).toEqual([200, 200]);
    expect(await docsStatus({ NODE_ENV: 'test', API_DOCS_ENABLED: 'false' })).toEqual([404, 404]);
  });
});
