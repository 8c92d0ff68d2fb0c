import { GATEWAY_URL, OIDC_ISSUER } from './catalog.mjs';

/** Marks what the launcher seeds in the demo district, so a restart finds it and seeds nothing twice. */
export const DEMO_MARK = '【示例】';

/** An answer the API refused, with its problem code for the caller to tell apart. */
export class DemoApiError extends Error {
  name = 'DemoApiError';

  constructor(message, status, code) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

const token = async (username, password) => {
  const response = await fetch(`${OIDC_ISSUER}/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: 'xieshang-cli', username, password, scope: 'openid' }),
  });
  const body = await response.json();
  if (!response.ok || !body.access_token) throw new Error(`demo seed: no token for ${username} (${response.status})`);
  return body.access_token;
};

/**
 * Calls the gateway as one person, JSON in and out; `file` (`{ bytes, fileName }`) sends the bytes
 * of an upload instead, named as the upload routes read it.
 */
const caller = (accessToken) => async (path, method = 'GET', body, file) => {
  const headers = { authorization: `Bearer ${accessToken}` };
  if (file) Object.assign(headers, { 'content-type': 'application/octet-stream', 'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}` });
  else if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${GATEWAY_URL}/api/v1${path}`, {
    method,
    headers,
    ...(file ? { body: file.bytes } : body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const answer = await response.json().catch(() => null);
  if (!response.ok) {
    throw new DemoApiError(`demo seed: ${method} ${path} answered ${response.status} ${answer?.code ?? ''} ${answer?.detail ?? ''}`.trim(), response.status, answer?.code);
  }
  return answer;
};

/** The demo people by username, each signed in by the password grant of the command-line client. */
export const demoPeople = async (password, usernames) => {
  const tokens = await Promise.all(usernames.map((username) => token(username, password)));
  return Object.fromEntries(usernames.map((username, index) => [username, caller(tokens[index])]));
};

/** A list's query string: react-admin's filter and range. */
export const listQuery = (filter, range = [0, 199]) =>
  `?filter=${encodeURIComponent(JSON.stringify(filter))}&range=${encodeURIComponent(JSON.stringify(range))}`;

/** The district's org units by short name; an unknown name stops the seed. */
export const orgUnitsOf = async (call) => {
  const units = await call(`/org-units?range=${encodeURIComponent('[0,199]')}`);
  const byName = new Map(units.map((unit) => [unit.shortName, unit]));
  const unit = (name) => {
    const found = byName.get(name);
    if (!found) throw new Error(`demo seed: no org unit ${name}`);
    return found.id;
  };
  return { all: units, unit };
};
