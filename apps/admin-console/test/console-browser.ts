import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll } from '@jest/globals';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
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
  screenshot(name: string): Promise<void>;
  close(): Promise<void>;
}

/** A Chromium with a fresh profile each run, so no earlier session or language choice leaks in. */
export const openConsoleBrowser = async (): Promise<ConsoleBrowser> => {
  mkdirSync(screenshotDir, { recursive: true });
  const profileDir = mkdtempSync(join(tmpdir(), 'xs-console-e2e-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profileDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 800 },
    locale: 'en-US',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    page,
    screenshot: async (name) => {
      await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true });
    },
    close: async () => {
      await context.close();
      rmSync(profileDir, { recursive: true, force: true });
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
export const consoleJourney = (): ConsoleJourney => {
  let browser: ConsoleBrowser | undefined;
  const finished = new Set<string>();

  beforeAll(async () => {
    await requireReachable('The admin console', consoleTestEnv.consoleUrl);
    await requireReachable(
      'The identity provider',
      `${consoleTestEnv.idpUrl}/realms/${consoleTestEnv.realm}/.well-known/openid-configuration`,
    );
    browser = await openConsoleBrowser();
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
