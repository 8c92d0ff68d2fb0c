import type { INestApplication } from '@nestjs/common';
import { connect, type Msg, type NatsConnection } from '@nats-io/transport-node';
import { DirectorySubject } from '@xieshang/contracts';
import { OwnNatsServer, passwordToken } from '@xieshang/platform-testing';
import { createGateway } from '../src/gateway.app.js';

/** The gateway on a NATS server of its own, where the test decides who answers. */
describe('the gateway when a service does not answer', () => {
  let server: OwnNatsServer;
  let app: INestApplication;
  let nats: NatsConnection;
  let url: string;
  let token: string;

  beforeAll(async () => {
    server = await OwnNatsServer.create();
    await server.start();
    ({ app } = await createGateway({ ...process.env, LOG_LEVEL: 'silent', NATS_URL: server.url, NATS_REQUEST_TIMEOUT_MS: '500' }));
    await app.listen(0, '127.0.0.1');
    url = await app.getUrl();
    nats = await connect({ servers: server.url });
    token = await passwordToken('office');
  });

  afterAll(async () => {
    await nats?.close();
    await app?.close();
    await server?.destroy();
  });

  const listOrgUnits = (correlationId: string) =>
    fetch(`${url}/api/v1/org-units`, { headers: { authorization: `Bearer ${token}`, 'x-correlation-id': correlationId } });

  it('answers 503 problem+json when no replica of the service is up', async () => {
    const response = await listOrgUnits('no-responders-0001');
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ code: 'GATEWAY.SERVICE_UNAVAILABLE', correlationId: 'no-responders-0001' });
  });

  it('answers 504 problem+json when the service takes longer than the timeout, and carries the whole caller in the headers', async () => {
    const seen: Msg[] = [];
    const silent = nats.subscribe(DirectorySubject.ListOrgUnits, { callback: (_error, message) => {
        seen.push(message);
      },
    });
    await nats.flush();
    const started = Date.now();
    const response = await listOrgUnits('slow-service-0001');
    silent.unsubscribe();
    expect(response.status).toBe(504);
    expect(await response.json()).toMatchObject({ code: 'GATEWAY.UPSTREAM_TIMEOUT', correlationId: 'slow-service-0001' });
    expect(Date.now() - started).toBeLessThan(3_000);
    const headers = seen[0]?.headers;
    expect(headers?.get('x-correlation-id')).toBe('slow-service-0001');
    expect(headers?.get('x-tenant-id')).toBe('bazhou');
    expect(headers?.get('x-roles')).toBe('office');
    expect(headers?.get('x-person-id')).toMatch(/^[0-9a-f-]{36}$/);
    // Who is acting travels in headers only, a Chinese name percent-encoded; the body is the query.
    expect(headers?.get('x-username')).toBe('office');
    expect(decodeURIComponent(headers?.get('x-display-name') ?? '')).toBe('李文静');
    expect(headers?.get('x-org-unit-id')).toMatch(/^[0-9a-f-]{36}$/);
    const body = JSON.parse(seen[0]?.string() ?? '{}') as { data?: object };
    expect(Object.keys(body.data ?? {})).toEqual(expect.not.arrayContaining(['actor', 'reader', 'subject', 'username']));
  });
});
