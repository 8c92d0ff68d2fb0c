import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { consoleTestEnv as env, openConsoleBrowser, type ConsoleBrowser } from './console-browser.js';
import { requireReachable } from './platform-reachability.js';

const RAW_MESSAGE_KEY = /\b(ra|xs)\.[a-z_]+\.[a-z_]+/;
const STEP_TIMEOUT = 30_000;

describe('admin console sign-in', () => {
  let browser: ConsoleBrowser;
  let signedIn = false;

  beforeAll(async () => {
    await requireReachable('The admin console', env.consoleUrl);
    await requireReachable(
      'The identity provider',
      `${env.idpUrl}/realms/${env.realm}/.well-known/openid-configuration`,
    );
    browser = await openConsoleBrowser({ journey: 'sign-in' });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('sends an anonymous visitor to the identity provider and, once signed in, shows the account in Chinese', async () => {
    const { page } = browser;
    await page.goto(env.consoleUrl);
    await page.waitForURL((url) => url.href.startsWith(env.idpUrl), { timeout: STEP_TIMEOUT });
    await page.locator('input[name="username"]').fill(env.username);
    await page.locator('input[name="password"]').fill(env.password);
    await browser.screenshot('01-identity-provider-login');
    await page.locator('input[name="password"]').press('Enter');

    await page.waitForURL((url) => url.href.startsWith(env.consoleUrl), { timeout: STEP_TIMEOUT });
    const displayName = page.getByTestId('me-display-name');
    const loadError = page.getByTestId('me-error');
    await displayName.or(loadError).waitFor({ timeout: STEP_TIMEOUT });
    await browser.screenshot('02-account-zh');
    if (await loadError.isVisible()) {
      throw new Error(`the account page could not load /api/v1/me: ${await loadError.innerText()}`);
    }
    signedIn = true;

    const shownName = (await displayName.innerText()).trim();
    expect(shownName.length).toBeGreaterThan(0);
    expect(shownName).not.toMatch(RAW_MESSAGE_KEY);
    if (env.expectedDisplayName) expect(shownName).toBe(env.expectedDisplayName);
    await expect(page.getByTestId('me-tenant').innerText()).resolves.toBe('巴州区 (bazhou)');
    await expect(page.getByTestId('me-roles').innerText()).resolves.toContain('办公室');
    await expect(page.getByTestId('app-title').innerText()).resolves.toBe('协商平台');
    await expect(page.locator('body').innerText()).resolves.toContain('我的账户');
    await expect(page.locator('body').innerText()).resolves.not.toMatch(RAW_MESSAGE_KEY);
  }, 120_000);

  it('switches the whole shell to English from the app bar', async () => {
    if (!signedIn) throw new Error('sign-in did not reach the account page; see the previous test');
    const { page } = browser;
    await page.getByTestId('locale-switch').getByRole('button').click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByTestId('app-title').getByText('xieshang consultation platform').waitFor({ timeout: STEP_TIMEOUT });
    await browser.screenshot('03-account-en');

    await expect(page.getByTestId('me-roles').innerText()).resolves.toContain('Office');
    const body = await page.locator('body').innerText();
    expect(body).toContain('My account');
    expect(body).toContain('District');
    expect(body).not.toMatch(RAW_MESSAGE_KEY);
  }, 60_000);
});
