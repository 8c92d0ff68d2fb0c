import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedCall {
  method: string;
  path: string;
  query: Record<string, string>;
  authorization: string | undefined;
  body: unknown;
}

interface StoredUser {
  id: string;
  username: string;
  roles: { id: string; name: string }[];
}

const REALM = '/admin/realms/xieshang';

const jwtShaped = (claims: object): string =>
  [{ alg: 'none', typ: 'JWT' }, claims, 'sig'].map((part) => Buffer.from(typeof part === 'string' ? part : JSON.stringify(part)).toString('base64url')).join('.');

const readBody = async (request: IncomingMessage): Promise<string> => {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
};

/**
 * A small stand-in for Keycloak 26 on a random port: it answers the token endpoint and the admin
 * REST calls the directory makes, as Keycloak does (201 with a Location, 409 for a taken
 * username, 404 for an unknown role), and records every request for the test to inspect.
 */
export class FakeKeycloak {
  readonly calls: RecordedCall[] = [];
  readonly users = new Map<string, StoredUser>();
  /** Realm roles Keycloak does not have, to make a role lookup fail. */
  readonly missingRoles = new Set<string>();
  private server: Server | null = null;
  baseUrl = '';

  async start(): Promise<void> {
    this.server = createServer((request, response) => {
      void this.handle(request, response);
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.baseUrl = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** A user that exists in Keycloak but not (yet) in the directory. */
  addUser(username: string, roles: string[] = []): string {
    const id = randomUUID();
    this.users.set(id, { id, username, roles: roles.map((name) => ({ id: `role-${name}`, name })) });
    return id;
  }

  callsTo(method: string, pathPattern: RegExp): RecordedCall[] {
    return this.calls.filter((call) => call.method === method && pathPattern.test(call.path));
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', this.baseUrl);
    // Keycloak's JAX-RS routes ignore a trailing slash, and the admin client sends one on collection posts.
    url.pathname = url.pathname.replace(/(.)\/+$/, '$1');
    const text = await readBody(request);
    const isForm = (request.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded');
    const body = text === '' ? null : isForm ? Object.fromEntries(new URLSearchParams(text)) : (JSON.parse(text) as unknown);
    this.calls.push({ method: request.method ?? '', path: url.pathname, query: Object.fromEntries(url.searchParams), authorization: request.headers.authorization, body });
    const [status, payload, headers] = this.answer(request.method ?? '', url, body);
    response.writeHead(status, { ...(payload === undefined ? {} : { 'content-type': 'application/json' }), ...headers });
    response.end(payload === undefined ? undefined : JSON.stringify(payload));
  }

  private answer(method: string, url: URL, body: unknown): [number, unknown?, Record<string, string>?] {
    const path = url.pathname;
    if (method === 'POST' && path === '/realms/xieshang/protocol/openid-connect/token') {
      const now = Math.floor(Date.now() / 1000);
      return [200, { access_token: jwtShaped({ exp: now + 300, iat: now }), expires_in: 300, token_type: 'Bearer', scope: 'profile' }];
    }
    if (method === 'POST' && path === `${REALM}/users`) return this.createUser(body as { username: string });
    if (method === 'GET' && path === `${REALM}/users`) {
      const wanted = url.searchParams.get('username');
      return [200, [...this.users.values()].filter((user) => user.username === wanted).map(({ id, username }) => ({ id, username }))];
    }
    const role = /^\/admin\/realms\/xieshang\/roles\/([^/]+)$/.exec(path);
    if (method === 'GET' && role) {
      const name = decodeURIComponent(role[1] as string);
      return this.missingRoles.has(name) ? [404, { error: 'Could not find role' }] : [200, { id: `role-${name}`, name, composite: false }];
    }
    const userPath = /^\/admin\/realms\/xieshang\/users\/([^/]+)(\/.*)?$/.exec(path);
    const user = userPath ? this.users.get(userPath[1] as string) : undefined;
    if (!userPath || !user) return [404, { error: 'User not found' }];
    return this.answerForUser(method, userPath[2] ?? '', user, body);
  }

  private createUser(body: { username: string }): [number, unknown?, Record<string, string>?] {
    if ([...this.users.values()].some((user) => user.username === body.username)) return [409, { errorMessage: 'User exists with same username' }];
    const id = this.addUser(body.username);
    return [201, undefined, { location: `${this.baseUrl}${REALM}/users/${id}` }];
  }

  private answerForUser(method: string, rest: string, user: StoredUser, body: unknown): [number, unknown?] {
    if (rest === '/role-mappings/realm') {
      const roles = (body ?? []) as { id: string; name: string }[];
      if (method === 'GET') return [200, [{ id: 'role-default', name: 'default-roles-xieshang' }, ...user.roles]];
      if (method === 'POST') user.roles.push(...roles);
      if (method === 'DELETE') user.roles = user.roles.filter((held) => !roles.some((role) => role.name === held.name));
      return [204];
    }
    if (method === 'DELETE' && rest === '') this.users.delete(user.id);
    return [204];
  }
}
