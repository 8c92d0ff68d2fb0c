import { randomBytes } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { ROLES, type Role } from '@xieshang/contracts';
import { listRouteAccess, type RouteAccess } from '@xieshang/platform-auth';
import { callGateway, passwordToken } from '@xieshang/platform-testing';
import { createGateway } from '../src/gateway.app.js';
import { createTenantFixtures, type TenantFixtures } from './access-matrix.fixtures.js';

/** One demo person per role (README, "Demo logins"); all but the city's and the platform's are of bazhou. */
const DEMO_USER: Record<Role, string> = {
  'platform-admin': 'platform-admin',
  'city-observer': 'city',
  'tenant-admin': 'bazhou-admin',
  office: 'office',
  ufwd: 'ufwd',
  'gov-office': 'gov-office',
  leader: 'leader',
  supervisor: 'supervisor',
  'party-member': 'minmeng',
  'party-leader': 'minmeng-leader',
  department: 'fagai',
};
const ABOVE_DISTRICTS: readonly Role[] = ['platform-admin', 'city-observer'];

/** What a city observer reads in a district with X-Tenant (DOMAIN.md, "People and roles"); every other route refuses it. */
const CITY_READABLE = ['/api/v1/plans', '/api/v1/plan-items', '/api/v1/plan-suggestions', '/api/v1/research-topics', '/api/v1/interviews', '/api/v1/org-units', '/api/v1/meetings', '/api/v1/solicitations', '/api/v1/replies', '/api/v1/submissions', '/api/v1/handling-dashboard'];

type Scope = 'own' | 'other' | 'city';

interface Cell {
  route: RouteAccess;
  role: Role;
  scope: Scope;
}

const WRITE = (route: RouteAccess): boolean => route.method !== 'GET';
const RECORD_ID = /\/([a-z-]+)\/:id/g;

const hasRecordId = (route: RouteAccess): boolean => /\/:id(\/|$)/.test(route.path);

/** The route's path with the tenant's record ids, a setting key and a revision number in place of its parameters. */
const pathFor = (route: RouteAccess, fixtures: TenantFixtures): string =>
  route.path
    .replace(RECORD_ID, (_match, resource: string) => `/${resource}/${fixtures.ids[resource] ?? '00000000-0000-4000-8000-000000000000'}`)
    .replace(':code', fixtures.tenant)
    .replace(':key', 'plan.minThematic')
    .replace(':number', '1');

/** A body that passes validation where it can, so that only the tenant or the role stands in the way. */
const bodyFor = (route: RouteAccess, fixtures: TenantFixtures, marker: string): unknown => {
  const resource = /\/api\/v1\/([a-z-]+)/.exec(route.path)?.[1] ?? '';
  const record = fixtures.records[resource] ?? {};
  if (route.method === 'PUT' && hasRecordId(route)) return record;
  return { reason: marker, note: marker, decisionReference: marker, suggestionsDeadline: '2999-01-31', password: `${marker}-password`, version: record['version'] ?? 1 };
};

const tenantIdsIn = (value: unknown, found: Set<string> = new Set()): Set<string> => {
  if (Array.isArray(value)) for (const item of value) tenantIdsIn(item, found);
  else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      if (key === 'tenantId' && typeof item === 'string') found.add(item);
      else tenantIdsIn(item, found);
    }
  }
  return found;
};

const runAll = async <T, R>(items: readonly T[], concurrency: number, work: (item: T) => Promise<R>): Promise<R[]> => {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) {
        const index = next;
        next += 1;
        results[index] = await work(items[index] as T);
      }
    }),
  );
  return results;
};

describe('the role × tenant × route matrix', () => {
  const suffix = randomBytes(3).toString('hex');
  let routes: RouteAccess[];
  let bazhou: TenantFixtures;
  let enyang: TenantFixtures;
  const tokens = new Map<Role, string>();
  /** The roles each demo person's token really carries (a branch's leader is a member too). */
  const heldRoles = new Map<Role, readonly string[]>();
  const mayCall = (route: RouteAccess, role: Role): boolean => (heldRoles.get(role) ?? [role]).some((held) => (route.roles as string[]).includes(held));

  beforeAll(async () => {
    const { app } = await createGateway({ ...process.env, LOG_LEVEL: 'silent', PORT: '0' });
    await (app as INestApplication).init();
    // The live notice stream stays open; notice-stream.e2e-spec.ts checks who may open it and what it carries.
    routes = listRouteAccess(app).filter((route) => !route.public && route.path !== '/api/v1/notices/stream');
    await app.close();
    [bazhou, enyang] = await Promise.all([createTenantFixtures('bazhou', suffix), createTenantFixtures('enyang', suffix)]);
    for (const role of ROLES) {
      const token = await passwordToken(DEMO_USER[role]);
      tokens.set(role, token);
      const claims = JSON.parse(Buffer.from(token.split('.')[1] as string, 'base64url').toString('utf8')) as { realm_access?: { roles?: string[] } };
      heldRoles.set(role, claims.realm_access?.roles ?? [role]);
    }
  }, 120_000);

  /**
   * Every route, as every demo role, in three scopes: the caller's own district's records (for
   * the city and the platform, bazhou's, which are not theirs either), another district's
   * records, and that other district named in X-Tenant.
   */
  const cells = (): Cell[] => {
    const all: Cell[] = [];
    for (const route of routes) {
      for (const role of ROLES) {
        for (const scope of ['own', 'other', 'city'] as const) {
          const allowed = mayCall(route, role);
          // Allowed writes in one's own tenant would really change the records the other cells read.
          if (WRITE(route) && allowed && scope === 'own') continue;
          if (WRITE(route) && allowed && scope === 'other' && !hasRecordId(route)) continue;
          all.push({ route, role, scope });
        }
      }
    }
    return all;
  };

  /** The leak a cell's answer shows, or null. */
  const leakOf = (cell: Cell, status: number, body: unknown, text: string): string | null => {
    const { route, role, scope } = cell;
    const ok = status >= 200 && status < 300;
    const allowed = mayCall(route, role);
    const above = ABOVE_DISTRICTS.includes(role);
    if (!allowed) return status === 403 ? null : `answered ${status} to roles @Roles does not list`;
    if (scope === 'city') {
      const cityRead = role === 'city-observer' && !WRITE(route) && CITY_READABLE.some((prefix) => route.path.startsWith(prefix));
      if (!cityRead) return status === 403 ? null : `answered ${status} with X-Tenant`;
      if (!ok) return null;
      if (text.includes(bazhou.marker) || Object.values(bazhou.ids).some((id) => text.includes(id))) return "showed bazhou's records with X-Tenant: enyang";
      const foreign = [...tenantIdsIn(body)].filter((tenant) => tenant !== 'enyang');
      return foreign.length > 0 ? `showed records of ${foreign.join(', ')} with X-Tenant: enyang` : null;
    }
    if (!ok) return null;
    if (WRITE(route)) return `performed a write on ${scope === 'other' ? "another tenant's" : 'a'} record`;
    const foreignFixtures = above ? [bazhou, enyang] : [enyang];
    for (const fixtures of foreignFixtures) {
      if (text.includes(fixtures.marker) || Object.values(fixtures.ids).some((id) => !id.startsWith('00000000') && text.includes(id))) {
        return `showed ${fixtures.tenant}'s records`;
      }
    }
    const readsForeignRecord = (scope === 'other' || above) && hasRecordId(route) && !route.path.startsWith('/api/v1/tenants');
    if (readsForeignRecord) return `read a record of another tenant (${status})`;
    if (!above) {
      const foreign = [...tenantIdsIn(body)].filter((tenant) => tenant !== 'bazhou');
      if (foreign.length > 0) return `showed records of ${foreign.join(', ')}`;
    }
    return null;
  };

  it('lets no role reach another tenant’s records or a write it is not given', async () => {
    const all = cells();
    const leaks: string[] = [];
    const statuses = new Map<number, number>();
    await runAll(all, 6, async (cell) => {
      const fixtures = cell.scope === 'own' ? bazhou : enyang;
      const result = await callGateway(pathFor(cell.route, fixtures), {
        token: tokens.get(cell.role) as string,
        method: cell.route.method,
        ...(cell.scope === 'city' ? { headers: { 'x-tenant': 'enyang' } } : {}),
        ...(WRITE(cell.route) ? { body: bodyFor(cell.route, fixtures, `matrix-${suffix}`) } : {}),
      });
      statuses.set(result.status, (statuses.get(result.status) ?? 0) + 1);
      const text = typeof result.body === 'string' ? result.body : JSON.stringify(result.body ?? null);
      const leak = leakOf(cell, result.status, result.body, text);
      if (leak) leaks.push(`${cell.route.method} ${cell.route.path} as ${cell.role} (${cell.scope}): ${leak}`);
    });
    const byStatus = [...statuses].sort(([a], [b]) => a - b).map(([status, count]) => `${status}×${count}`).join(' ');
    process.stdout.write(`access matrix: ${all.length} cells tried over ${routes.length} routes × ${ROLES.length} roles × 3 scopes, ${leaks.length} leaks (${byStatus})\n`);
    expect(leaks).toEqual([]);
    expect(all.length).toBeGreaterThanOrEqual(1_000);
    expect(statuses.get(500) ?? 0).toBe(0);
  }, 600_000);

  it('leaves the other district’s records as they were', async () => {
    const office = await passwordToken('enyang-office');
    const plan = (await callGateway(`/api/v1/plans/${enyang.ids['plans']}`, { token: office })).body as { version: number; title: string };
    expect(plan).toMatchObject({ version: enyang.records['plans']?.['version'], title: enyang.records['plans']?.['title'] });
    const admin = await passwordToken('enyang-admin');
    const person = (await callGateway(`/api/v1/users/${enyang.ids['users']}`, { token: admin })).body as { enabled: boolean; version: number };
    expect(person).toMatchObject({ enabled: true, version: enyang.records['users']?.['version'] });
  });
});
