import { OIDC_ISSUER } from '../launcher/catalog.mjs';
import { LauncherError } from '../launcher/say.mjs';

/** A user's access token by the password grant of the command-line client, as a script would get one. */
export const passwordGrantToken = async ({ username, password }) => {
  const response = await fetch(`${OIDC_ISSUER}/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: 'xieshang-cli', username, password, scope: 'openid' }),
  });
  const body = await response.json().catch(() => ({}));
  if (!response.ok || typeof body.access_token !== 'string') {
    throw new LauncherError(`no token for ${username}: HTTP ${response.status} ${JSON.stringify(body)}`);
  }
  return body.access_token;
};
