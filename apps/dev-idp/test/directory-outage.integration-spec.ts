import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDevIdp, type RunningDevIdp } from '../src/dev-idp.js';
import { Browser } from './support/browser.js';
import { CONSOLE_ORIGIN, OFFICE_USER, passwordGrant, testIdpConfig } from './support/test-idp.js';

describe('dev-idp when the directory cannot answer', () => {
  let idp: RunningDevIdp;
  let keyFolder: string;

  beforeAll(async () => {
    keyFolder = await mkdtemp(join(tmpdir(), 'xieshang-dev-idp-'));
    const verifyCredential = async () => {
      throw new Error('no responders for directory.credential.verify');
    };
    idp = await startDevIdp(testIdpConfig(join(keyFolder, 'key.json')), { verifyCredential });
  });

  afterAll(async () => {
    await idp.stop();
    await rm(keyFolder, { recursive: true, force: true });
  });

  it('answers the password grant with 503 temporarily_unavailable, not invalid_grant', async () => {
    const response = await passwordGrant(idp.issuer, OFFICE_USER);
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ error: 'temporarily_unavailable' });
  });

  it('tells the person on the login page that sign-in is unavailable, not that the password is wrong', async () => {
    const browser = new Browser();
    const authorize = `${idp.issuer}/protocol/openid-connect/auth?${new URLSearchParams({
      client_id: 'xieshang-console',
      redirect_uri: `${CONSOLE_ORIGIN}/`,
      response_type: 'code',
      scope: 'openid',
      code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
      code_challenge_method: 'S256',
    })}`;
    const { url } = await browser.follow(authorize, idp.publicUrl);
    const response = await browser.postForm(url, OFFICE_USER);
    expect(response.status).toBe(503);
    const html = await response.text();
    expect(html).toContain('Sign-in is unavailable');
    expect(html).not.toContain('Invalid username or password');
  });
});
