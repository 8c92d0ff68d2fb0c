import type { Locator, Page } from 'playwright-core';
import { consoleTestEnv as env } from './console-browser.js';
import { openFromMenu, signIn, signOut, STEP_TIMEOUT } from './console-session.js';

/** A year of its own (the contract allows 2000–2999), so reruns on a shared database never meet "plan exists". */
/** A plan year of a journey's own: each journey file names its slot of 2300–2399, so no two share a year. */
export const journeyYear = (slot: 0 | 1 | 2): number => 2300 + slot * 33 + Math.floor(Math.random() * 33);

/**
 * Signs the current person out (when someone is signed in) and the next one in. The console
 * may return to the page last open rather than the account page, so the account is opened from
 * the menu to make sure the right person is signed in.
 */
export const switchTo = async (page: Page, username: string): Promise<void> => {
  if (!page.url().startsWith(env.consoleUrl)) {
    await signIn(page, username);
    return;
  }
  await signOut(page);
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(env.password);
  await page.locator('input[name="password"]').press('Enter');
  await page.waitForURL((url) => url.href.startsWith(env.consoleUrl), { timeout: STEP_TIMEOUT });
  await openFromMenu(page, '我的账户');
  await expectShown(page, page.getByTestId('me-username').getByText(username, { exact: true }));
};

/** Opens the plan of a year from the menu, through the year filter of the plans list. */
export const openPlan = async (page: Page, year: number): Promise<void> => {
  await openFromMenu(page, '年度协商计划');
  await openPlanFromList(page, year);
};

/** On the plans list, opens the plan of a year through the year filter. */
export const openPlanFromList = async (page: Page, year: number): Promise<void> => {
  await page.getByTestId('plan-list').or(page.getByText('暂无')).first().waitFor({ timeout: STEP_TIMEOUT });
  const yearFilter = page.locator('input[name="year"]');
  await yearFilter.fill(String(year));
  // The filter reaches the URL after a debounce; a row opened before that would be left again.
  await page.waitForURL((url) => url.search.includes(String(year)), { timeout: STEP_TIMEOUT });
  await page.getByTestId('plan-list').getByText(String(year), { exact: true }).first().click({ timeout: STEP_TIMEOUT });
  await page.getByTestId('plan-header').waitFor({ timeout: STEP_TIMEOUT });
};

/** Picks an option of a react-admin select input by the input's label. */
export const choose = async (page: Page, label: RegExp, option: string): Promise<void> => {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
};

/**
 * Waits for what a step should show; when the console reports an error instead, fails with the
 * console's own sentence (which names the refused field or the problem's code).
 */
export const expectShown = async (page: Page, shown: Locator): Promise<void> => {
  const error = page.locator('.RaNotification-error, .MuiAlert-standardError').first();
  await shown.or(error).first().waitFor({ timeout: STEP_TIMEOUT });
  if (await error.isVisible()) throw new Error(`the console reported: ${await error.innerText()}`);
};

/** The plan's state as its chip says it (`data-status`). */
export const planStatus = (page: Page): Promise<string | null> =>
  page.getByTestId('plan-header').getByTestId('plans-status').getAttribute('data-status');

export const waitForPlanStatus = (page: Page, status: string): Promise<void> =>
  expectShown(page, page.locator(`[data-testid="plan-header"] [data-status="${status}"]`));

export const waitForSuggestionStatus = (page: Page, status: string): Promise<void> =>
  expectShown(page, page.locator(`[data-testid="plan-suggestions-status"][data-status="${status}"]`));

interface Unit {
  id: string;
  shortName: string;
}

/** An access token by the password grant of the `xieshang-cli` client (Keycloak's direct access grant). */
const passwordToken = async (username: string): Promise<string> => {
  const response = await fetch(`${env.idpUrl}/realms/${env.realm}/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: 'xieshang-cli', username, password: env.password, scope: 'openid' }),
  });
  const body = (await response.json()) as { access_token?: string; error?: string };
  if (!response.ok || !body.access_token) throw new Error(`no token for ${username}: ${response.status} ${body.error ?? ''}`);
  return body.access_token;
};

/** Someone's API (through the console's own `/api` passage to the gateway), for preparing what a journey builds on. */
export const apiAs = async (username: string) => {
  const token = await passwordToken(username);
  return async (path: string, method = 'GET', body?: unknown): Promise<unknown> => {
    const response = await fetch(`${env.consoleUrl}/api/v1${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${username}: ${method} ${path} answered ${response.status}: ${text}`);
    return text ? JSON.parse(text) : null;
  };
};

/**
 * The office's API, for the items the journey does not need to type one by one: the visible
 * steps go through the console, these only fill the plan up to its seven items.
 */
export const officeApi = async () => {
  const call = await apiAs('office');
  const units = (await call(`/org-units?range=${encodeURIComponent('[0,99]')}`)) as Unit[];
  const unit = (shortName: string) => {
    const found = units.find((candidate) => candidate.shortName === shortName);
    if (!found) throw new Error(`the demo district has no org unit ${shortName}`);
    return found.id;
  };
  return { call, unit };
};
