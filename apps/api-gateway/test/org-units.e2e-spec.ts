import { callGateway, passwordToken, platformUrls } from '@xieshang/platform-testing';

/** Other test files add units to bazhou; the 20 seeded ones are known by their names. */
const SEEDED = ['中共巴州区委员会', '中共巴州区委办公室', '中共巴州区委统战部', '巴州区人民政府办公室', '民盟巴州区总支委员会', '巴州区财政局'];
const ALL = encodeURIComponent('[0,499]');

interface Unit {
  id: string;
  tenantId: string;
  kind: string;
  name: string;
}

describe('the org-unit list through the gateway', () => {
  let office: string;

  beforeAll(async () => {
    office = await passwordToken('office');
  });

  it("lists the tenant's org units, the seeded ones among them, with a Content-Range", async () => {
    const result = await callGateway(`/api/v1/org-units?range=${ALL}`, { token: office });
    expect(result.status).toBe(200);
    const units = result.body as Unit[];
    expect(units.length).toBeGreaterThanOrEqual(20);
    expect(result.headers.get('content-range')).toBe(`org-units 0-${units.length - 1}/${units.length}`);
    expect(units.map((unit) => unit.name)).toEqual(expect.arrayContaining(SEEDED));
    expect(new Set(units.map((unit) => unit.tenantId))).toEqual(new Set(['bazhou']));
  });

  it('lists each unit exactly as it reads alone, its times as ISO strings', async () => {
    const [listed] = (await callGateway(`/api/v1/org-units?range=${encodeURIComponent('[0,0]')}`, { token: office })).body as Array<Unit & { createdAt: string }>;
    const alone = await callGateway(`/api/v1/org-units/${listed?.id}`, { token: office });
    expect(alone.body).toEqual(listed);
    expect(listed?.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });

  it('pages and filters as react-admin asks', async () => {
    const page = await callGateway(`/api/v1/org-units?range=${encodeURIComponent('[0,4]')}&sort=${encodeURIComponent('["name","DESC"]')}`, { token: office });
    expect(page.headers.get('content-range')).toMatch(/^org-units 0-4\/\d+$/);
    expect((page.body as Unit[]).map((unit) => unit.name)).toEqual([...(page.body as Unit[]).map((unit) => unit.name)].sort().reverse());
    const parties = await callGateway(`/api/v1/org-units?filter=${encodeURIComponent('{"kind":"democratic_party","q":"巴州区总支"}')}`, { token: office });
    expect(parties.body as Unit[]).toHaveLength(8);
  });

  it('filters by ids, activity and search text whose quotes, backslashes and wildcards stay data', async () => {
    const all = (await callGateway(`/api/v1/org-units?range=${ALL}`, { token: office })).body as Unit[];
    const chosen = all.slice(0, 2).map((unit) => unit.id);
    const byIds = await callGateway(`/api/v1/org-units?filter=${encodeURIComponent(JSON.stringify({ id: chosen }))}`, { token: office });
    expect((byIds.body as Unit[]).map((unit) => unit.id).sort()).toEqual([...chosen].sort());
    const active = await callGateway(`/api/v1/org-units?range=${ALL}&filter=${encodeURIComponent('{"active":true}')}`, { token: office });
    expect((active.body as Unit[]).length).toBeGreaterThanOrEqual(20);
    for (const q of ["巴州' or '1'='1", 'a\\b', '%', '_']) {
      const found = await callGateway(`/api/v1/org-units?filter=${encodeURIComponent(JSON.stringify({ q }))}`, { token: office });
      expect({ q, status: found.status, body: found.body }).toEqual({ q, status: 200, body: [] });
    }
  });

  it('counts the matches of a page past the last row', async () => {
    const past = await callGateway(`/api/v1/org-units?range=${encodeURIComponent('[400,409]')}`, { token: office });
    expect(past.status).toBe(200);
    expect(past.body).toEqual([]);
    const total = /^org-units \*\/(\d+)$/.exec(past.headers.get('content-range') ?? '')?.[1];
    expect(Number(total)).toBeGreaterThanOrEqual(20);
  });

  it("never shows another district's units", async () => {
    const enyang = await callGateway('/api/v1/org-units', { token: await passwordToken('enyang-office') });
    const bazhouIds = new Set(((await callGateway(`/api/v1/org-units?range=${ALL}`, { token: office })).body as Unit[]).map((unit) => unit.id));
    const units = enyang.body as Unit[];
    expect(units.length).toBeGreaterThan(0);
    expect(units.every((unit) => unit.tenantId === 'enyang' && !bazhouIds.has(unit.id))).toBe(true);
  });

  it('names the bad list parameter in a problem+json 400', async () => {
    const result = await callGateway(`/api/v1/org-units?filter=${encodeURIComponent('{"kind":')}`, { token: office });
    expect(result.status).toBe(400);
    expect(result.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(result.body).toMatchObject({ code: 'VALIDATION.INVALID_INPUT', errors: [{ path: 'filter' }] });
  });

  it('names an unknown org-unit kind in the filter', async () => {
    const result = await callGateway(`/api/v1/org-units?filter=${encodeURIComponent('{"kind":"church"}')}`, { token: office });
    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({ code: 'VALIDATION.INVALID_INPUT', errors: [{ path: 'filter.kind' }] });
  });

  it('refuses a role the route does not list, as problem+json 403', async () => {
    const result = await callGateway('/api/v1/org-units', {
      token: await passwordToken('minmeng'),
      method: 'POST',
      body: { kind: 'department', name: '不应创建的单位', shortName: '不应创建' },
    });
    expect(result.status).toBe(403);
    expect(result.body).toMatchObject({ code: 'AUTH.FORBIDDEN' });
  });

  it('keeps the caller’s correlation id', async () => {
    const result = await callGateway('/api/v1/org-units', { token: office, headers: { 'x-correlation-id': 'trace-0123456789' } });
    expect(result.headers.get('x-correlation-id')).toBe('trace-0123456789');
  });
});

describe('the gateway’s public endpoints', () => {
  it('publishes its OpenAPI document', async () => {
    const result = await callGateway('/api/openapi.json');
    expect(result.status).toBe(200);
    expect(Object.keys((result.body as { paths: object }).paths)).toEqual(expect.arrayContaining(['/api/v1/me', '/api/v1/org-units']));
  });

  it('is ready when NATS answers, and exposes Prometheus metrics on its internal port only', async () => {
    expect((await callGateway('/ready')).status).toBe(200);
    const metrics = await fetch(`${platformUrls.gatewayMetrics}/metrics`);
    expect(metrics.status).toBe(200);
    const text = await metrics.text();
    expect(text).toContain('xs_http_requests_total');
    expect(text).toContain('xs_nats_request_duration_seconds');
    expect((await callGateway('/metrics')).status).toBe(404);
  });

  it('answers an unknown path with a problem+json 404', async () => {
    const result = await callGateway('/api/v1/no-such-thing', { token: await passwordToken('office') });
    expect(result.status).toBe(404);
    expect(result.body).toMatchObject({ code: 'COMMON.NOT_FOUND' });
  });
});
