import { describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { consoleJourney, PHONE_VIEWPORT } from './console-browser.js';
import { openFromMenu, signIn, STEP_TIMEOUT, uniqueSuffix } from './console-session.js';
import { apiAs, expectShown, journeyYear, officeApi, openPlanFromList, waitForSuggestionStatus } from './plan-journey.steps.js';

interface Listed {
  id: string;
  title?: string;
}

/**
 * The plan a 民盟 member finds: asking the parties for topics, with an earlier topic of the
 * branch already declined by office, so a notice about it waits in the member's notices.
 */
const prepareSolicitingPlan = async (year: number, tag: string) => {
  const { call: office, unit } = await officeApi();
  const plan = (await office('/plans', 'POST', { year, title: `巴州区${year}年度政党协商计划` })) as Listed;
  await office(`/plans/${plan.id}/items`, 'POST', {
    topic: `优化营商环境专题协商 ${tag}`,
    form: 'meeting',
    meetingType: 'thematic',
    plannedMonth: 3,
    participantOrgUnitIds: [unit('民盟')],
    leadOrgUnitId: unit('区委统战部'),
    contentCategory: 'reform_development_livelihood',
  });
  await office(`/plans/${plan.id}/solicit`, 'POST', { suggestionsDeadline: `${year}-01-31` });

  const declinedTopic = `社区养老服务 ${tag}`;
  const member = await apiAs('minmeng');
  const suggestion = (await member('/plan-suggestions', 'POST', {
    planId: plan.id,
    topic: declinedTopic,
    reason: '老龄人口增长快，社区养老服务供给不足',
  })) as Listed;
  await member(`/plan-suggestions/${suggestion.id}/submit`, 'POST', {});
  await (await apiAs('minmeng-leader'))(`/plan-suggestions/${suggestion.id}/approve`, 'POST', {});
  await office(`/plan-suggestions/${suggestion.id}/decline`, 'POST', { reason: '已列入区政府专项工作，本年度不再单列协商' });
  // The notice arrives through the outbox and notification-service.
  const deadline = Date.now() + 30_000;
  const arrived = async () =>
    ((await member(`/notices?range=${encodeURIComponent('[0,49]')}`)) as Listed[]).some((notice) => notice.title === declinedTopic);
  while (!(await arrived())) {
    if (Date.now() > deadline) throw new Error(`no notice to 民盟 that "${declinedTopic}" was declined after 30 s`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { declinedTopic };
};

/** Opens a menu entry the way a phone shows the menu: behind the app bar's menu button. */
const openFromPhoneMenu = async (page: Page, label: string): Promise<void> => {
  await page.getByRole('button', { name: /打开菜单|Open menu/ }).click();
  await openFromMenu(page, label);
};

/** Nothing on the page is wider than the phone, so it is read by scrolling down only. */
const expectNoSidewaysScroll = async (page: Page): Promise<void> => {
  await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(PHONE_VIEWPORT.width);
};

/**
 * A 民盟 member on a phone: reads the notices, opens the one about the branch's declined topic,
 * then drafts a new topic for the plan that is asking the parties for them. Lists read as lists
 * (no table), and no page scrolls sideways. Each test builds on the one before, in this order.
 */
describe('a party member on a phone', () => {
  const year = journeyYear(2);
  const tag = uniqueSuffix();
  const newTopic = `农村电商人才培养 ${tag}`;
  const journey = consoleJourney({ journey: 'phone', viewport: PHONE_VIEWPORT });
  let declinedTopic = '';
  const shot = (name: string) => journey.browser.screenshot(`phone-${name}`);

  it('signs the member in on a phone', async () => {
    ({ declinedTopic } = await prepareSolicitingPlan(year, tag));
    const { page } = journey.browser;
    await signIn(page, 'minmeng');
    await shot('01-signed-in');
    await expectNoSidewaysScroll(page);
    journey.reached('signed-in');
  }, 120_000);

  it('shows the notices as a list and opens the one about the declined topic', async () => {
    journey.after('signed-in');
    const { page } = journey.browser;
    await openFromPhoneMenu(page, '通知');
    const notices = page.getByTestId('notice-list');
    await notices.getByText(declinedTopic).waitFor({ timeout: STEP_TIMEOUT });
    await expect(page.locator('main table').count()).resolves.toBe(0);
    await shot('02-notices');
    await expectNoSidewaysScroll(page);

    await notices.getByText(declinedTopic).click();
    await page.waitForURL(/\/notices\/[^/]+\/show/, { timeout: STEP_TIMEOUT });
    await expect(page.getByTestId('notice-body').innerText()).resolves.toContain('未被采纳');
    await shot('03-notice');
    await expectNoSidewaysScroll(page);
    journey.reached('notice-read');
  }, 90_000);

  it('finds the plan asking for topics and drafts a new one for the branch', async () => {
    journey.after('notice-read');
    const { page } = journey.browser;
    await page.getByRole('button', { name: /打开菜单|Open menu/ }).waitFor({ timeout: STEP_TIMEOUT });
    await openFromPhoneMenu(page, '年度协商计划');
    await page.getByTestId('plan-list').or(page.getByText('暂无')).first().waitFor({ timeout: STEP_TIMEOUT });
    await expect(page.locator('main table').count()).resolves.toBe(0);
    await shot('04-plans');
    await expectNoSidewaysScroll(page);

    await openPlanFromList(page, year);
    await expect(page.getByTestId('plan-header').innerText()).resolves.toContain('征集议题');
    await shot('05-plan');
    await expectNoSidewaysScroll(page);

    await page.getByRole('tab', { name: '党派建议' }).click();
    await page.getByTestId('plan-suggestions').getByText(declinedTopic).waitFor({ timeout: STEP_TIMEOUT });
    await page.getByTestId('plan-suggest').click();
    await page.waitForURL(/\/plan-suggestions\/create/, { timeout: STEP_TIMEOUT });
    await page.locator('input[name="topic"]').fill(newTopic);
    await page.locator('textarea[name="reason"]').fill('农村电商发展缺少懂经营的本地人才，建议协商培养办法');
    await shot('06-suggestion-form');
    await expectNoSidewaysScroll(page);
    await page.getByRole('button', { name: '保存' }).click();

    await expectShown(page, page.getByTestId('plan-suggestions').getByText(newTopic));
    await shot('07-suggestions');
    await expectNoSidewaysScroll(page);
    await page.getByTestId('plan-suggestions').getByText(newTopic).click();
    await waitForSuggestionStatus(page, 'draft');
    await shot('08-suggestion-draft');
    await expectNoSidewaysScroll(page);
  }, 120_000);
});
