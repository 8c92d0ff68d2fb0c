import { createHash, randomBytes } from 'node:crypto';
import { createLocalJWKSet, decodeJwt, jwtVerify, type JSONWebKeySet } from 'jose';
import { Browser } from './support/browser.js';
import { CONSOLE_ORIGIN, OFFICE_IDENTITY, OFFICE_USER, startTestIdp, stopTestIdp, type TestIdp } from './support/test-idp.js';

interface TokenReply {
  access_token: string;
  id_token: string;
  refresh_token: string;
  error?: string;
}

const pkcePair = () => {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
};

/** The callback page keycloak-js returns to: the console page it left, as keycloak-js sends it. */
const CALLBACK = `${CONSOLE_ORIGIN}/plans?view=mine`;

describe('dev-idp sign-in through the login page', () => {
  let idp: TestIdp;
  let oidc: string;

  beforeAll(async () => {
    idp = await startTestIdp();
    oidc = `${idp.issuer}/protocol/openid-connect`;
  });

  afterAll(() => stopTestIdp(idp));

  const authorizationUrl = (challenge: string, redirectUri = CALLBACK) =>
    `${oidc}/auth?${new URLSearchParams({
      client_id: 'xieshang-console',
      redirect_uri: redirectUri,
      response_type: 'code',
      response_mode: 'fragment',
      scope: 'openid',
      state: 'state-1',
      nonce: 'nonce-1',
      code_challenge: challenge,
      code_challenge_method: 'S256',
    })}`;

  const openLoginPage = async (browser: Browser, challenge: string) => {
    const { response, url } = await browser.follow(authorizationUrl(challenge), idp.publicUrl);
    return { response, url, html: await response.text() };
  };

  const tokenRequest = (fields: Record<string, string>) =>
    fetch(`${oidc}/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: CONSOLE_ORIGIN },
      body: new URLSearchParams({ client_id: 'xieshang-console', ...fields }).toString(),
    });

  it('shows a bilingual login form with username and password fields', async () => {
    const { response, html } = await openLoginPage(new Browser(), pkcePair().challenge);
    expect(response.status).toBe(200);
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('协商平台 登录 / Sign in to xieshang');
    expect(html).toMatch(/<input[^>]*name="username"/);
    expect(html).toMatch(/<input[^>]*name="password"[^>]*type="password"/);
    expect(html).toMatch(/<button type="submit"/);
  });

  it('shows the form again with 401 and an error when the password is wrong', async () => {
    const browser = new Browser();
    const { url } = await openLoginPage(browser, pkcePair().challenge);
    const response = await browser.postForm(url, { username: OFFICE_USER.username, password: 'not-my-password' });
    expect(response.status).toBe(401);
    const html = await response.text();
    expect(html).toContain('用户名或密码错误 / Invalid username or password');
    expect(html).toContain(`value="${OFFICE_USER.username}"`);
    expect(html).toMatch(/<input[^>]*name="password"/);
  });

  it('refuses a redirect URI outside the console origins', async () => {
    const { response, url } = await new Browser().follow(authorizationUrl(pkcePair().challenge, 'http://evil.example/cb'), idp.publicUrl);
    expect(new URL(url).origin).toBe(idp.publicUrl);
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('redirect_uri');
  });

  it('signs in with authorization code and PKCE, refreshes with a JWT-shaped refresh token and signs out', async () => {
    const browser = new Browser();
    const { verifier, challenge } = pkcePair();
    const { url: loginUrl } = await openLoginPage(browser, challenge);

    const submitted = await browser.postForm(loginUrl, OFFICE_USER);
    expect(submitted.status).toBe(303);
    const resumed = await browser.follow(new URL(submitted.headers.get('Location') ?? '', loginUrl).href, idp.publicUrl);
    expect(resumed.url.startsWith(`${CALLBACK}#`)).toBe(true);
    const callback = new URLSearchParams(new URL(resumed.url).hash.slice(1));
    expect(callback.get('state')).toBe('state-1');
    const code = callback.get('code') ?? '';

    const exchanged = await tokenRequest({ grant_type: 'authorization_code', code, redirect_uri: CALLBACK, code_verifier: verifier });
    expect(exchanged.status).toBe(200);
    expect(exchanged.headers.get('access-control-allow-origin')).toBe(CONSOLE_ORIGIN);
    expect(exchanged.headers.get('access-control-allow-credentials')).toBe('true');
    const tokens = (await exchanged.json()) as TokenReply;

    const jwks = createLocalJWKSet((await (await fetch(`${oidc}/certs`)).json()) as JSONWebKeySet);
    const access = await jwtVerify(tokens.access_token, jwks, { issuer: idp.issuer, audience: 'xieshang-api' });
    expect(access.payload).toMatchObject({ sub: OFFICE_IDENTITY.subject, tenant: 'bazhou', azp: 'xieshang-console', realm_access: { roles: OFFICE_IDENTITY.roles } });
    const id = await jwtVerify(tokens.id_token, jwks, { issuer: idp.issuer, audience: 'xieshang-console' });
    expect(id.payload).toMatchObject({ nonce: 'nonce-1', preferred_username: OFFICE_USER.username, name: OFFICE_IDENTITY.displayName });
    expect(decodeJwt(tokens.refresh_token)).toMatchObject({ typ: 'Refresh', azp: 'xieshang-console', sub: OFFICE_IDENTITY.subject });

    const refreshed = await tokenRequest({ grant_type: 'refresh_token', refresh_token: tokens.refresh_token });
    expect(refreshed.status).toBe(200);
    const renewed = (await refreshed.json()) as TokenReply;
    expect(decodeJwt(renewed.access_token)).toMatchObject({ tenant: 'bazhou', aud: 'xieshang-api' });
    expect(decodeJwt(renewed.refresh_token)).toMatchObject({ typ: 'Refresh' });

    const logoutUrl = `${oidc}/logout?${new URLSearchParams({
      client_id: 'xieshang-console',
      post_logout_redirect_uri: `${CONSOLE_ORIGIN}/`,
      id_token_hint: tokens.id_token,
    })}`;
    const confirmation = await browser.request(logoutUrl);
    expect(confirmation.status).toBe(200);
    const page = await confirmation.text();
    expect(page).toContain('form.submit()');
    const form = /<form[^>]*action="([^"]+)"[\s\S]*?name="xsrf" value="([^"]+)"/.exec(page);
    expect(form).not.toBeNull();
    const signedOut = await browser.postForm(new URL(form?.[1] ?? '', idp.publicUrl).href, { xsrf: form?.[2] ?? '', logout: 'yes' });
    expect(signedOut.status).toBe(303);
    expect(signedOut.headers.get('Location')).toBe(`${CONSOLE_ORIGIN}/`);

    const again = await openLoginPage(browser, pkcePair().challenge);
    expect(again.html).toMatch(/name="password"/);
  });
});
