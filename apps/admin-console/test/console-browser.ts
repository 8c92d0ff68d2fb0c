import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll } from '@jest/globals';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { assertAccessible, runAxe, writeAxeReport, type PageCheck } from './console-axe.js';
import { requireReachable } from './platform-reachability.js';

/** What the browser test needs from its environment, with the local platform's defaults. */
export const consoleTestEnv = {
  consoleUrl: process.env.CONSOLE_URL ?? 'http://localhost:4200',
  idpUrl: process.env.OIDC_URL ?? process.env.VITE_OIDC_URL ?? 'http://localhost:8080',
  realm: process.env.OIDC_REALM ?? process.env.VITE_OIDC_REALM ?? 'xieshang',
  username: process.env.DEMO_USERNAME ?? 'office',
  password: process.env.DEMO_PASSWORD ?? 'xieshang-demo',
  expectedDisplayName: process.env.DEMO_DISPLAY_NAME,
};

export const screenshotDir = resolve(process.cwd(), 'test-output/console');
export const axeReportDir = join(screenshotDir, 'axe');

/** A page's route without its record ids and query, so `/plans/<id>/show` is one page whatever the plan. */
const routeOf = (url: string): string =>
  new URL(url).pathname.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, ':id');

/** Where the console only passes the browser on to the identity provider and back: nothing to read there. */
const SIGN_IN_ROUTES = ['/login', '/auth-callback'];

/** A phone held upright (the size of a common one), for the journeys of people who read on phones. */
export const PHONE_VIEWPORT = { width: 390, height: 844 };

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface ConsoleBrowser {
  page: Page;
  /** Checks the page with axe (failing on a serious or critical violation) and saves a screenshot of it. */
  screenshot(name: string): Promise<void>;
  /** Checks the page with axe without a screenshot, for a page a step passes through. */
  checkAccessibility(step: string): Promise<void>;
  close(): Promise<void>;
}

export interface ConsoleBrowserOptions {
  /** Names the axe report of this browser's pages (`test-output/console/axe/<journey>.md`). */
  journey: string;
  viewport?: { width: number; height: number };
  /** The browser's own time zone (the machine's when unset), to show that times follow the district's clock instead. */
  timezoneId?: string;
}

/**
 * A Chromium with a fresh profile each run, so no earlier session or language choice leaks in.
 * Every page it screenshots is checked with axe first; the identity provider's login page is its
 * own app and is left out. The checks are printed and written as a report when it closes.
 */
export const openConsoleBrowser = async ({ journey, viewport, timezoneId }: ConsoleBrowserOptions): Promise<ConsoleBrowser> => {
  mkdirSync(screenshotDir, { recursive: true });
  const profileDir = mkdtempSync(join(tmpdir(), 'xs-console-e2e-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profileDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    viewport: viewport ?? { width: 1280, height: 800 },
    locale: 'en-US',
    ...(timezoneId ? { timezoneId } : {}),
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const checks: PageCheck[] = [];
  const visited = new Set<string>();
  page.on('framenavigated', (frame) => {
    if (frame !== page.mainFrame() || !frame.url().startsWith(consoleTestEnv.consoleUrl)) return;
    const route = routeOf(frame.url());
    if (!SIGN_IN_ROUTES.includes(route)) visited.add(route);
  });
  const check = async (step: string): Promise<PageCheck | undefined> => {
    if (!page.url().startsWith(consoleTestEnv.consoleUrl)) return undefined;
    // Let the page settle (data loaded, transitions over) so axe sees what the person sees. The
    // live notice stream keeps one request open for good, so the network is never idle: wait a
    // little for it, then for the loading indicators to go.
    await page.waitForLoadState('networkidle', { timeout: 1_500 }).catch(() => undefined);
    await page
      .waitForFunction(() => document.querySelectorAll('.MuiCircularProgress-root, .MuiLinearProgress-root, .MuiSkeleton-root').length === 0, undefined, { timeout: 5_000 })
      .catch(() => undefined);
    await page.waitForTimeout(300);
    const result = await runAxe(page, step);
    checks.push(result);
    return result;
  };
  return {
    page,
    screenshot: async (name) => {
      const result = await check(name);
      await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true });
      if (result) assertAccessible(result);
    },
    checkAccessibility: async (step) => {
      const result = await check(step);
      if (result) assertAccessible(result);
    },
    close: async () => {
      await context.close();
      rmSync(profileDir, { recursive: true, force: true });
      const unchecked = [...visited].filter((route) => !checks.some((done) => routeOf(done.url) === route));
      if (checks.length > 0 || unchecked.length > 0) {
        process.stdout.write(`${writeAxeReport(axeReportDir, journey, checks, unchecked)}\n`);
      }
    },
  };
};

export interface ConsoleJourney {
  /** The browser of this describe block, opened once the console and the identity provider answer. */
  readonly browser: ConsoleBrowser;
  /** Records that a step finished. */
  reached(step: string): void;
  /** Fails a step at once when the one it builds on did not finish, instead of timing out. */
  after(step: string): void;
}

/** A journey: steps in order, in one browser, against the running platform (fails if it is not up). */
export const consoleJourney = (options: ConsoleBrowserOptions): ConsoleJourney => {
  let browser: ConsoleBrowser | undefined;
  const finished = new Set<string>();

  beforeAll(async () => {
    await requireReachable('The admin console', consoleTestEnv.consoleUrl);
    await requireReachable(
      'The identity provider',
      `${consoleTestEnv.idpUrl}/realms/${consoleTestEnv.realm}/.well-known/openid-configuration`,
    );
    browser = await openConsoleBrowser(options);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  return {
    get browser() {
      if (!browser) throw new Error('the browser did not start; see beforeAll');
      return browser;
    },
    reached: (step) => {
      finished.add(step);
    },
    after: (step) => {
      if (!finished.has(step)) throw new Error(`the step "${step}" did not finish; see the test before`);
    },
  };
};
