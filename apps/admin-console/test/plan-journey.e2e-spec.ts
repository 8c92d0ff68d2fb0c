import { describe, expect, it } from '@jest/globals';
import { consoleJourney } from './console-browser.js';
import { openFromMenu, STEP_TIMEOUT, uniqueSuffix } from './console-session.js';
import {
  choose,
  expectShown,
  journeyYear,
  officeApi,
  openPlan,
  planStatus,
  switchTo,
  waitForPlanStatus,
  waitForSuggestionStatus,
} from './plan-journey.steps.js';

/**
 * The year's plan through the console: office drafts it with seven items and asks the parties
 * for topics; a 民盟 member suggests one, the branch's leader sends it, office accepts it; the
 * leader approves the plan below the minimums with a reason; office publishes; the member reads
 * the published plan with the accepted topic. Each test builds on the one before, in this order.
 */
describe('the annual plan in the console', () => {
  const year = journeyYear(0);
  const tag = uniqueSuffix();
  const title = `巴州区${year}年度政党协商计划`;
  const suggestedTopic = `民营企业融资难问题 ${tag}`;
  const journey = consoleJourney({ journey: 'plan' });
  let planId = '';
  const shot = (name: string) => journey.browser.screenshot(`plan-${name}`);

  it('lets office create the plan and add items through the form', async () => {
    const { page } = journey.browser;
    await switchTo(page, 'office');
    await journey.browser.checkAccessibility('plan-00-account');
    await openFromMenu(page, '年度协商计划');
    await page.getByRole('link', { name: '新建' }).waitFor({ timeout: STEP_TIMEOUT });
    await journey.browser.checkAccessibility('plan-00-list');
    await page.getByRole('link', { name: '新建' }).click();
    await page.waitForURL(/\/plans\/create/, { timeout: STEP_TIMEOUT });
    await page.locator('input[name="title"]').waitFor({ timeout: STEP_TIMEOUT });
    await page.locator('input[name="year"]').fill(String(year));
    await page.locator('input[name="title"]').fill(title);
    await shot('01-create');
    await page.getByRole('button', { name: '保存' }).click();
    await expectShown(page, page.getByTestId('plan-header'));
    expect(await planStatus(page)).toBe('draft');
    planId = /\/plans\/([^/]+)\/show/.exec(page.url())?.[1] ?? '';
    expect(planId).not.toBe('');

    const addItem = async (topic: string, form: string, month: string, meetingType?: string) => {
      await page.getByTestId('plan-add-item').click();
      await page.waitForURL(/\/plan-items\/create/, { timeout: STEP_TIMEOUT });
      await page.locator('input[name="topic"]').fill(topic);
      await choose(page, /协商形式/, form);
      if (meetingType) await choose(page, /会议类型/, meetingType);
      await choose(page, /计划月份/, month);
      await choose(page, /内容类别/, '改革发展稳定和民生问题');
      await journey.browser.checkAccessibility('plan-item-form');
      await page.getByRole('button', { name: '保存' }).click();
      await expectShown(page, page.getByTestId('plan-items').getByText(topic));
    };
    await addItem(`优化营商环境专题协商 ${tag}`, '会议协商', '三月', '专题协商');
    await shot('02-item-added');
    await addItem(`城乡融合发展书面征求意见 ${tag}`, '书面协商', '十一月');
    journey.reached('drafted');
  }, 120_000);

  it('fills the plan up to seven items and shows the minimums, the groups and the calendar', async () => {
    journey.after('drafted');
    const { page } = journey.browser;
    const { call, unit } = await officeApi();
    const item = (topic: string, meetingType: string, plannedMonth: number) => ({
      topic: `${topic} ${tag}`,
      form: 'meeting',
      meetingType,
      plannedMonth,
      participantOrgUnitIds: [unit('民盟'), unit('九三学社')],
      leadOrgUnitId: unit('区委统战部'),
      contentCategory: 'reform_development_livelihood',
    });
    for (const draft of [
      item('乡村振兴专题协商', 'thematic', 5),
      item('区委全会情况通报', 'briefing', 2),
      item('党风廉政建设情况通报', 'briefing', 6),
      item('经济运行情况通报', 'briefing', 10),
      item('生态环境保护调研协商', 'research', 8),
    ]) {
      await call(`/plans/${planId}/items`, 'POST', draft);
    }
    await page.reload();
    await page.getByTestId('plan-items').waitFor({ timeout: STEP_TIMEOUT });
    await expect(page.getByTestId('plan-item').count()).resolves.toBe(7);
    await expect(page.getByTestId('minimum-thematic').getAttribute('data-met')).resolves.toBe('false');
    await expect(page.getByTestId('minimum-briefing').getAttribute('data-met')).resolves.toBe('true');
    await expect(page.getByTestId('item-group-meeting-briefing').getByTestId('plan-item').count()).resolves.toBe(3);
    await shot('03-items-and-minimums');

    await page.getByRole('tab', { name: '年历' }).click();
    await page.getByTestId('plan-calendar').waitFor({ timeout: STEP_TIMEOUT });
    await page.getByTestId('calendar-month-3').getByText('优化营商环境专题协商').first().waitFor({ timeout: STEP_TIMEOUT });
    await shot('04-calendar');
    await page.getByRole('tab', { name: '计划事项' }).click();
    journey.reached('seven-items');
  }, 90_000);

  it('lets office ask the parties for topics until a deadline', async () => {
    journey.after('seven-items');
    const { page } = journey.browser;
    await page.getByTestId('action-solicit').click();
    await page.getByTestId('dialog-solicit').locator('input[name="suggestionsDeadline"]').fill(`${year}-01-31`);
    await shot('05-solicit');
    await page.getByTestId('confirm-solicit').click();
    await waitForPlanStatus(page, 'soliciting');
    await expect(page.getByTestId('action-approve').count()).resolves.toBe(0);
    journey.reached('soliciting');
  }, 60_000);

  it('lets a 民盟 member draft a topic and submit it to the branch leader', async () => {
    journey.after('soliciting');
    const { page } = journey.browser;
    await switchTo(page, 'minmeng');
    await openPlan(page, year);
    await expect(page.getByTestId('plan-header').innerText()).resolves.toContain('征集议题');
    await page.getByRole('tab', { name: '党派建议' }).click();
    await page.getByTestId('plan-suggest').click();
    await page.waitForURL(/\/plan-suggestions\/create/, { timeout: STEP_TIMEOUT });
    await page.locator('input[name="topic"]').fill(suggestedTopic);
    await page.locator('textarea[name="reason"]').fill('中小民营企业融资成本高，群众反映集中，建议列入年度协商');
    await shot('06-suggestion-form');
    await page.getByRole('button', { name: '保存' }).click();
    await expectShown(page, page.getByTestId('plan-suggestions').getByText(suggestedTopic));
    await page.getByTestId('plan-suggestions').getByText(suggestedTopic).click();
    await page.getByTestId('action-submit').click();
    await waitForSuggestionStatus(page, 'awaiting_leader');
    await expect(page.getByTestId('action-approve').count()).resolves.toBe(0);
    await shot('07-suggestion-submitted');
    journey.reached('suggested');
  }, 90_000);

  it('lets the 民盟 leader approve and send it', async () => {
    journey.after('suggested');
    const { page } = journey.browser;
    await switchTo(page, 'minmeng-leader');
    await openFromMenu(page, '协商议题建议');
    await page.getByTestId('suggestion-list').getByText(suggestedTopic).waitFor({ timeout: STEP_TIMEOUT });
    await journey.browser.checkAccessibility('plan-08-suggestion-list');
    await page.getByTestId('suggestion-list').getByText(suggestedTopic).click();
    await page.getByTestId('action-approve').click();
    await waitForSuggestionStatus(page, 'sent');
    await shot('08-suggestion-sent');
    journey.reached('sent');
  }, 90_000);

  it('lets office accept it from the inbox as a research consultation', async () => {
    journey.after('sent');
    const { page } = journey.browser;
    await switchTo(page, 'office');
    await openFromMenu(page, '协商议题建议');
    await page.getByTestId('suggestion-list').getByText(suggestedTopic).click({ timeout: STEP_TIMEOUT });
    await page.getByTestId('action-accept').click();
    const dialog = page.getByTestId('dialog-accept');
    await expect(dialog.locator('input[name="topic"]').inputValue()).resolves.toBe(suggestedTopic);
    await choose(page, /协商形式/, '会议协商');
    await choose(page, /会议类型/, '调研协商');
    await choose(page, /计划月份/, '七月');
    await choose(page, /内容类别/, '改革发展稳定和民生问题');
    await shot('09-accept');
    await dialog.getByRole('button', { name: '采纳' }).click();
    await waitForSuggestionStatus(page, 'accepted');
    await shot('10-accepted');
    journey.reached('accepted');
  }, 90_000);

  it('lets office submit the plan to the standing committee', async () => {
    journey.after('accepted');
    const { page } = journey.browser;
    await openPlan(page, year);
    // The items list may first show what react-admin cached before the suggestion was accepted.
    await page.getByTestId('plan-items').getByText(suggestedTopic).first().waitFor({ timeout: STEP_TIMEOUT });
    await page.getByTestId('action-submit-for-review').click();
    await page.getByRole('button', { name: '确认' }).click();
    await waitForPlanStatus(page, 'under_review');
    await expect(page.getByTestId('action-publish').count()).resolves.toBe(0);
    await shot('11-under-review');
    journey.reached('under-review');
  }, 60_000);

  it('lets the leader approve it below the minimums with a reason, which the plan then shows', async () => {
    journey.after('under-review');
    const { page } = journey.browser;
    await switchTo(page, 'leader');
    await openPlan(page, year);
    await expect(page.getByTestId('action-publish').count()).resolves.toBe(0);
    await page.getByTestId('action-approve').click();
    const dialog = page.getByTestId('dialog-approve');
    await dialog.locator('input[name="decisionReference"]').fill(`巴州委〔${year}〕3号`);
    await dialog.locator('textarea[name="belowMinimumReason"]').fill('下半年区委换届，专题协商顺延一次');
    await shot('12-approve');
    await page.getByTestId('confirm-approve').click();
    await waitForPlanStatus(page, 'approved');
    await expect(page.getByTestId('plan-below-minimum-reason').innerText()).resolves.toContain('专题协商顺延一次');
    await expect(page.getByTestId('plan-decision-reference').innerText()).resolves.toBe(`巴州委〔${year}〕3号`);
    await shot('13-approved');
    journey.reached('approved');
  }, 90_000);

  it('lets office publish it and offers the documents', async () => {
    journey.after('approved');
    const { page } = journey.browser;
    await switchTo(page, 'office');
    await openPlan(page, year);
    await page.getByTestId('action-publish').click();
    await page.getByRole('button', { name: '确认' }).click();
    await waitForPlanStatus(page, 'published');
    await page.getByTestId('export-docx').waitFor({ timeout: STEP_TIMEOUT });
    const download = page.waitForEvent('download', { timeout: STEP_TIMEOUT });
    await page.getByTestId('export-xlsx').click();
    expect((await download).suggestedFilename()).toMatch(/\.xlsx$/);
    await page.getByRole('tab', { name: '修订记录' }).click();
    await page.locator('[data-testid="plan-revision"][data-number="1"]').waitFor({ timeout: STEP_TIMEOUT });
    await shot('14-published');
    journey.reached('published');
  }, 90_000);

  it('shows the 民盟 member the published plan, read-only, with the accepted topic', async () => {
    journey.after('published');
    const { page } = journey.browser;
    await switchTo(page, 'minmeng');
    await openPlan(page, year);
    await waitForPlanStatus(page, 'published');
    await page.getByTestId('plan-items').getByText(suggestedTopic).waitFor({ timeout: STEP_TIMEOUT });
    await expect(page.getByTestId('plan-item').count()).resolves.toBe(8);
    for (const button of ['action-publish', 'action-approve', 'plan-add-item', 'plan-item-edit']) {
      await expect(page.getByTestId(button).count()).resolves.toBe(0);
    }
    await shot('15-party-view');
    await page.getByRole('tab', { name: '党派建议' }).click();
    await waitForSuggestionStatus(page, 'accepted');
    await shot('16-party-suggestions');
  }, 90_000);
});
