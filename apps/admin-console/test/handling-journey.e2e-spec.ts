import { describe, expect, it } from '@jest/globals';
import { consoleJourney } from './console-browser.js';
import { openFromMenu, STEP_TIMEOUT } from './console-session.js';
import { apiAs, choose, expectShown, switchTo } from './plan-journey.steps.js';

/**
 * A consultation opinion's feedback through the console: a department opens its queue (by due
 * date, with the days left) and answers its oldest case; once the office has approved and UFWD
 * released it, the party reads the reply and rates it; the organisers' home page shows the demo
 * district's figures as charts: its published plan against the yearly minimums, the meeting it
 * held, the opinions by party, the cases by state and the on-time rate. Each test builds on the
 * one before, in this order.
 */
describe('handling and feedback in the console', () => {
  const journey = consoleJourney({ journey: 'handling' });
  const shot = (name: string) => journey.browser.screenshot(`handling-${name}`);
  let caseId = '';

  it('lets a department answer the oldest case of its queue', async () => {
    const { page } = journey.browser;
    await switchTo(page, 'fagai');
    await openFromMenu(page, '意见办理');
    const rows = page.getByTestId('case-list').locator('tbody tr');
    await expectShown(page, rows.first());
    await expectShown(page, rows.first().getByTestId('days-left'));
    await shot('01-department-queue');
    await rows.first().click();
    await page.waitForURL(/\/cases\/[^/]+\/show/, { timeout: STEP_TIMEOUT });
    caseId = /\/cases\/([^/]+)\/show/.exec(page.url())?.[1] ?? '';
    expect(caseId).not.toBe('');
    await expectShown(page, page.getByTestId('action-reply'));
    await shot('02-case-page');

    await page.getByTestId('action-reply').click();
    await choose(page, /办理结果/, '已解决');
    await page.locator('textarea[name="reply"]').fill('经实地调研，已在3个街道新设服务站并投入运行。');
    await journey.browser.checkAccessibility('handling-reply-dialog');
    await page.getByTestId('confirm-reply').click();
    await expectShown(page, page.locator('[data-testid="cases-status"][data-status="in_review"], [data-testid="cases-status"][data-status="co_signing"]').first());
    await expectShown(page, page.getByTestId('case-history').getByText('答复：已解决'));
    await shot('03-replied');
    journey.reached('replied');
  }, 180_000);

  it('shows the party the released reply and takes its rating', async () => {
    journey.after('replied');
    const { page } = journey.browser;
    // The co-handlers sign, the office approves and UFWD releases: their own steps, through the API.
    const current = (await (await apiAs('office'))(`/cases/${caseId}`)) as { title: string; coHandlers: { orgUnitId: string }[] };
    expect(current.coHandlers).toEqual([]);
    await (await apiAs('office'))(`/cases/${caseId}/approve`, 'POST', {});
    await (await apiAs('ufwd'))(`/cases/${caseId}/release`, 'POST', {});

    await switchTo(page, 'minmeng');
    // The party's queue holds the reply waiting for its rating.
    await openFromMenu(page, '意见办理');
    const row = page.getByTestId('case-list').locator('tbody tr').filter({ hasText: current.title });
    await expectShown(page, row);
    await row.click();
    await page.waitForURL(new RegExp(`/cases/${caseId}/show`), { timeout: STEP_TIMEOUT });
    await expectShown(page, page.getByTestId('case-reply').getByText('3个街道新设服务站'));
    await expectShown(page, page.getByTestId('case-outcome').getByText('已解决'));
    await shot('04-party-feedback');
    await page.getByTestId('action-rate').click();
    await choose(page, /满意度/, '满意');
    await page.locator('textarea[name="comment"]').fill('办理及时，效果明显。');
    await page.getByTestId('confirm-rate').click();
    await expectShown(page, page.getByTestId('case-rating').getByText('满意：办理及时，效果明显。'));
    await expectShown(page, page.locator('[data-testid="cases-status"][data-status="rated"]'));
    await shot('05-party-rated');
    journey.reached('rated');
  }, 180_000);

  it('shows the organisers the demo district’s plan, meetings and cases as charts', async () => {
    journey.after('rated');
    const { page } = journey.browser;
    await switchTo(page, 'ufwd');
    const dashboard = page.getByTestId('handling-dashboard');
    await expectShown(page, dashboard.getByTestId('dashboard-meetings-held'));
    for (const chart of ['chart-plan', 'chart-parties', 'chart-states', 'chart-on-time']) {
      await expectShown(page, dashboard.getByTestId(chart).locator('svg.recharts-surface'));
    }
    // The seeded opinions of 民盟 and 九三学社 are drawn, and the rated case counts.
    await expectShown(page, dashboard.getByTestId('chart-parties').getByText(/民盟 \d+/));
    await expectShown(page, dashboard.getByTestId('chart-states').getByText(/已评价 \d+/));
    // The seeded plan is published, meets every yearly minimum, and its meeting of today was held.
    const held = await dashboard.getByTestId('dashboard-meetings-held').innerText();
    expect(held).toMatch(/已召开协商会：[1-9]\d* · 已印发/);
    const plan = dashboard.getByTestId('chart-plan');
    await expectShown(page, plan.getByText(/专题协商 \d+\/\d+/));
    const standing = [...(await plan.innerText()).matchAll(/(专题协商|调研协商|情况通报) (\d+)\/(\d+)/g)].map(([, kind, planned, required]) => ({ kind, planned: Number(planned), required: Number(required) }));
    expect(standing.map((entry) => entry.kind)).toEqual(['专题协商', '调研协商', '情况通报']);
    for (const entry of standing) expect(entry.planned >= entry.required && entry.required > 0).toBe(true);
    expect(await plan.locator('.recharts-bar-rectangle').count()).toBeGreaterThanOrEqual(6);
    await shot('06-dashboard');
  }, 180_000);
});
