import { demoPassword, platformUrls } from './platform-urls.js';

/** A kept-alive socket the server closed just as it was reused fails the fetch before anything was sent; ask again once. */
const fetchOnceMore = async (url: string, init: RequestInit): Promise<Response> => {
  try {
    return await fetch(url, init);
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause;
    if (cause?.code !== 'UND_ERR_SOCKET') throw error;
    return fetch(url, init);
  }
};

/** An access token for a user, by the password grant of the `xieshang-cli` client (Keycloak's direct access grant). */
export const passwordToken = async (username: string, password = demoPassword()): Promise<string> => {
  const response = await fetchOnceMore(`${platformUrls.issuer}/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: 'xieshang-cli', username, password, scope: 'openid' }),
  });
  const body = (await response.json()) as { access_token?: string; error?: string };
  if (!response.ok || !body.access_token) throw new Error(`No token for ${username}: ${response.status} ${body.error ?? ''}`);
  return body.access_token;
};

/** GET or POST through the gateway as someone; answers status, headers and parsed body. */
export const callGateway = async (
  path: string,
  init: { token?: string; method?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<{ status: number; headers: Headers; body: unknown }> => {
  const response = await fetch(`${platformUrls.gateway}${path}`, {
    method: init.method ?? 'GET',
    headers: {
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
      ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...init.headers,
    },
    ...(init.body !== undefined ? { body: typeof init.body === 'string' ? init.body : JSON.stringify(init.body) } : {}),
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = text;
  }
  return { status: response.status, headers: response.headers, body };
};
