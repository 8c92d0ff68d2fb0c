import { describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { consoleJourney } from './console-browser.js';
import { openFromMenu, signIn, STEP_TIMEOUT, uniqueSuffix } from './console-session.js';
import { apiAs, journeyYear, officeApi, waitForSuggestionStatus } from './plan-journey.steps.js';

interface Listed {
  id: string;
}

/** The number on the notices menu badge (0 when it shows none). */
const unreadBadge = async (page: Page): Promise<number> => {
  const badge = page.getByTestId('notices-unread-badge').locator('.MuiBadge-badge').first();
  // A hidden badge keeps showing its last number while it fades out.
  if ((await badge.getAttribute('class').catch(() => ''))?.includes('MuiBadge-invisible')) return 0;
  const text = (await badge.innerText().catch(() => '')).trim();
  return text === '' ? 0 : Number.parseInt(text, 10);
};

const waitForBadge = async (page: Page, accept: (count: number) => boolean, timeoutMs = STEP_TIMEOUT): Promise<number> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const count = await unreadBadge(page);
    if (accept(count)) return count;
    if (Date.now() > deadline) throw new Error(`the unread badge stayed at ${count}`);
    await page.waitForTimeout(100);
  }
};

/**
 * A 民盟 branch leader with the console open: the notice of a plan asking for topics appears
 * without reloading within two seconds of office's action, with the unread count; it opens the
 * plan; and the 待办 list on the home page gains the member's suggestion to approve and loses it
 * once the leader approves it. Each test builds on the one before, in this order.
 */
describe('notices and what waits for me, live in the console', () => {
  const year = journeyYear(1);
  const tag = uniqueSuffix();
  const title = `巴州区${year}年度政党协商计划 ${tag}`;
  const topic = `乡村旅游协商议题 ${tag}`;
  const journey = consoleJourney({ journey: 'notices' });
  const shot = (name: string) => journey.browser.screenshot(`notice-${name}`);
  let office: Awaited<ReturnType<typeof officeApi>>['call'];
  let plan: Listed;
  let before = 0;

  it('signs the branch leader in, the home page listing what waits for them', async () => {
    const api = await officeApi();
    office = api.call;
    plan = (await office('/plans', 'POST', { year, title })) as Listed;
    await office(`/plans/${plan.id}/items`, 'POST', {
      topic: `文旅融合专题协商 ${tag}`,
      form: 'meeting',
      meetingType: 'thematic',
      plannedMonth: 5,
      participantOrgUnitIds: [api.unit('民盟')],
      leadOrgUnitId: api.unit('区委统战部'),
      contentCategory: 'reform_development_livelihood',
    });
    const { page } = journey.browser;
    await signIn(page, 'minmeng-leader');
    await page.getByTestId('tasks-card').waitFor({ timeout: STEP_TIMEOUT });
    await page.waitForTimeout(1_000);
    before = await unreadBadge(page);
    await shot('01-home');
    journey.reached('signed-in');
  }, 120_000);

  it('shows the notice of the solicited plan within two seconds, with the unread count and the task to suggest topics', async () => {
    journey.after('signed-in');
    const { page } = journey.browser;
    const acted = Date.now();
    await office(`/plans/${plan.id}/solicit`, 'POST', { suggestionsDeadline: `${year}-01-31` });
    await page.getByText(`新通知：${title}`).waitFor({ timeout: 5_000 });
    const shownAfter = Date.now() - acted;
    expect(shownAfter).toBeLessThan(2_000);
    await waitForBadge(page, (count) => count === before + 1, 5_000);
    await page.getByTestId('task-list').getByText(`报送协商议题建议：${title}`).waitFor({ timeout: STEP_TIMEOUT });
    await shot('02-live-notice');
    journey.reached('told');
  }, 60_000);

  it('opens the notice, which reads it, and from it the plan', async () => {
    journey.after('told');
    const { page } = journey.browser;
    await openFromMenu(page, '通知');
    await page.getByTestId('notice-list').getByText(title).first().click();
    await page.waitForURL(/\/notices\/[^/]+\/show/, { timeout: STEP_TIMEOUT });
    await waitForBadge(page, (count) => count === before);
    await shot('03-notice');
    await page.getByTestId('notice-open-record').click();
    await page.waitForURL(new RegExp(`/plans/${plan.id}/show`), { timeout: STEP_TIMEOUT });
    await page.getByTestId('plan-header').getByText(title).waitFor({ timeout: STEP_TIMEOUT });
    await shot('04-plan');
    journey.reached('opened');
  }, 60_000);

  it('gains the member’s suggestion to approve, and loses it once the leader approves it', async () => {
    journey.after('opened');
    const { page } = journey.browser;
    await page.goto(new URL('/#/', page.url()).href);
    await page.getByTestId('tasks-card').waitFor({ timeout: STEP_TIMEOUT });
    const member = await apiAs('minmeng');
    const suggestion = (await member('/plan-suggestions', 'POST', { planId: plan.id, topic, reason: '乡村旅游资源丰富但配套不足' })) as Listed;
    await member(`/plan-suggestions/${suggestion.id}/submit`, 'POST', {});
    const entry = page.getByTestId('task-list').getByText(`审定议题建议：${topic}`);
    await entry.waitFor({ timeout: STEP_TIMEOUT });
    await shot('05-task-to-approve');
    await entry.click();
    await page.waitForURL(new RegExp(`/plan-suggestions/${suggestion.id}/show`), { timeout: STEP_TIMEOUT });
    await page.getByRole('button', { name: '同意报送' }).click();
    await waitForSuggestionStatus(page, 'sent');
    await page.goto(new URL('/#/', page.url()).href);
    await page.getByTestId('tasks-card').waitFor({ timeout: STEP_TIMEOUT });
    await page.getByTestId('task-list').getByText(`报送协商议题建议：${title}`).waitFor({ timeout: STEP_TIMEOUT });
    await expect(page.getByTestId('task-list').getByText(`审定议题建议：${topic}`).waitFor({ state: 'detached', timeout: STEP_TIMEOUT })).resolves.toBeUndefined();
    await shot('06-task-done');
  }, 90_000);

  it('keeps the leader’s own channels on the notice settings page, reached from the user menu', async () => {
    const { page } = journey.browser;
    await page.getByRole('button', { name: /个人菜单/ }).first().click();
    await page.getByRole('menuitem', { name: '通知设置' }).click();
    await page.getByTestId('notice-preferences').waitFor({ timeout: STEP_TIMEOUT });
    await page.getByText('当前发往：minmeng-leader@xieshang.test').waitFor({ timeout: STEP_TIMEOUT });
    await shot('07-preferences');
  }, 60_000);
});
