import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

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
