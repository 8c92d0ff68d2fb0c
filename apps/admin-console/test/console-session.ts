import type { Page } from 'playwright-core';
import { consoleTestEnv as env } from './console-browser.js';

export const STEP_TIMEOUT = 30_000;

/** A message key shown as is would mean a label nobody translated. */
export const RAW_MESSAGE_KEY = /\b(ra|xs|resources)\.[a-z_-]+\.[a-zA-Z_.-]+/;

/** A suffix that keeps this run's records apart from every other run's. */
export const uniqueSuffix = (): string => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** Opens the console and signs in at the identity provider; resolves on the account page. */
export const signIn = async (page: Page, username: string, password = env.password): Promise<void> => {
  if (!page.url().startsWith(env.idpUrl)) await page.goto(env.consoleUrl);
  await page.waitForURL((url) => url.href.startsWith(env.idpUrl), { timeout: STEP_TIMEOUT });
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('input[name="password"]').press('Enter');
  await page.waitForURL((url) => url.href.startsWith(env.consoleUrl), { timeout: STEP_TIMEOUT });
  const displayName = page.getByTestId('me-display-name');
  const loadError = page.getByTestId('me-error');
  await displayName.or(loadError).waitFor({ timeout: STEP_TIMEOUT });
  if (await loadError.isVisible()) {
    throw new Error(`${username} signed in but /api/v1/me failed: ${await loadError.innerText()}`);
  }
};

/** Signs out from the user menu; resolves once the identity provider asks for a login again. */
export const signOut = async (page: Page): Promise<void> => {
  await page.getByRole('button', { name: /个人|Profile|user menu/i }).click();
  await page.getByRole('menuitem', { name: /退出登录|Logout/ }).click();
  await page.waitForURL((url) => url.href.startsWith(env.idpUrl), { timeout: STEP_TIMEOUT });
  await page.locator('input[name="username"]').waitFor({ timeout: STEP_TIMEOUT });
};

/** Picks a language from the app bar and waits for the title in it. */
export const switchLanguage = async (page: Page, language: '中文' | 'English'): Promise<void> => {
  await page.getByTestId('locale-switch').getByRole('button').click();
  await page.getByRole('menuitem', { name: language }).click();
  const title = language === 'English' ? 'xieshang consultation platform' : '协商平台';
  await page.getByTestId('app-title').getByText(title, { exact: true }).waitFor({ timeout: STEP_TIMEOUT });
};

/** The entries of the side menu, as the person sees them (their labels, without badges such as the unread count). */
export const menuEntries = async (page: Page): Promise<string[]> => {
  const menu = page.locator('.RaMenu-open, .RaMenu-closed').first();
  await menu.getByRole('menuitem').first().waitFor({ timeout: STEP_TIMEOUT });
  // The menu fills in as the access checks answer; wait until it stops changing.
  let previous = '';
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const current = (await menu.getByRole('menuitem').allInnerTexts()).join('|');
    if (current === previous) break;
    previous = current;
    await page.waitForTimeout(250);
  }
  const labelOf = (text: string) => text.split('\n').map((line) => line.trim()).filter(Boolean).pop() ?? '';
  return (await menu.getByRole('menuitem').allInnerTexts()).map(labelOf).filter(Boolean);
};

/** Opens a resource from the side menu by its label. */
export const openFromMenu = async (page: Page, label: string): Promise<void> => {
  await page.locator('.RaMenu-open, .RaMenu-closed').first().getByRole('menuitem', { name: label }).click();
};
