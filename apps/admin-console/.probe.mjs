import { chromium } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
const dir = mkdtempSync(join(tmpdir(), 'xs-probe-'));
const ctx = await chromium.launchPersistentContext(dir, { executablePath: '/usr/bin/chromium', headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
const page = ctx.pages()[0] ?? await ctx.newPage();
page.on('request', (r) => console.log('req:', r.url().slice(0,150)));
page.on('requestfailed', (r) => console.log('failed:', r.url().slice(0,150), r.failure()?.errorText));
page.on('console', (m) => console.log('console:', m.type(), m.text()));
page.on('pageerror', (e) => console.log('pageerror:', e.message));
page.on('framenavigated', (f) => { if (f === page.mainFrame()) console.log('nav:', f.url()); });
await page.goto('http://localhost:4200/').catch(e => console.log('goto', e.message));
await page.waitForTimeout(4000);
console.log('final:', page.url());
await ctx.close();
