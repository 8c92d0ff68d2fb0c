import { describe, expect, it } from '@jest/globals';
import ical, { type VEvent } from 'node-ical';
import type { Page } from 'playwright-core';
import { consoleJourney } from './console-browser.js';
import { openFromMenu, RAW_MESSAGE_KEY, STEP_TIMEOUT, switchLanguage, uniqueSuffix } from './console-session.js';
import { downloadThroughLink, pdfNamed, uploadThroughButton } from './document-steps.js';
import { choose, expectShown, switchTo } from './plan-journey.steps.js';

/** A `datetime-local` value `days` from now at 09:30, Beijing time. */
const chinaLocal = (days: number): string => `${new Date(Date.now() + days * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10)}T09:30`;

const interviewStatus = (page: Page, status: string) => expectShown(page, page.locator(`[data-testid="interviews-status"][data-status="${status}"]`));

/** Opens an interview from the list through the search filter. */
const openInterview = async (page: Page, subject: string): Promise<void> => {
  await openFromMenu(page, '约谈协商');
  await page.getByTestId('interview-list').or(page.getByText('暂无')).first().waitFor({ timeout: STEP_TIMEOUT });
  await page.locator('input[name="q"]').fill(subject);
  await page.getByTestId('interview-list').getByText(subject).first().click({ timeout: STEP_TIMEOUT });
  await page.getByTestId('interview-subject').waitFor({ timeout: STEP_TIMEOUT });
};

const feedUids = async (url: string): Promise<{ status: number; uids: string[] }> => {
  const response = await fetch(url);
  const text = await response.text();
  if (response.status !== 200) return { status: response.status, uids: [] };
  const uids = Object.values(ical.sync.parseICS(text))
    .filter((entry): entry is VEvent => entry?.type === 'VEVENT')
    .map((entry) => entry.uid);
  return { status: response.status, uids };
};

/**
 * Interviews both ways in the console: 民盟's leader asks for one, UFWD arranges it with a
 * leader, marks it held and records an opinion; a leader invites 民盟; the party's leader sees
 * both in the month view, subscribes to the feed (read by an iCalendar parser) and revokes it.
 * The browser runs on New York's clock: every time is typed and read on the district's (Beijing).
 */
describe('interview consultations and the calendar in the console', () => {
  const tag = uniqueSuffix();
  const requested = `乡村振兴社情民意约谈 ${tag}`;
  const invited = `优化营商环境约谈 ${tag}`;
  const journey = consoleJourney({ journey: 'interview', timezoneId: 'America/New_York' });
  const shot = (name: string) => journey.browser.screenshot(`interview-${name}`);
  let invitedId = '';

  it('lets a party’s leader ask UFWD for an interview', async () => {
    const { page } = journey.browser;
    await switchTo(page, 'minmeng-leader');
    await openFromMenu(page, '约谈协商');
    await page.getByRole('link', { name: '新建' }).click({ timeout: STEP_TIMEOUT });
    await page.locator('input[name="subject"]').fill(requested);
    await page.locator('textarea[name="information"]').fill('近期走访了解到农村电商物流成本偏高，希望当面反映。');
    await page.locator('input[name="preferredLeader"]').fill('分管农业农村的区委领导');
    await shot('01-request');
    await page.getByRole('button', { name: '保存' }).click();
    await interviewStatus(page, 'requested');
    await uploadThroughButton(page, pdfNamed('农村电商物流调研报告.pdf'), STEP_TIMEOUT);
    await shot('02-requested');
    journey.reached('requested');
  }, 120_000);

  it('lets UFWD arrange it with a leader, mark it held and record what was raised', async () => {
    journey.after('requested');
    const { page } = journey.browser;
    await switchTo(page, 'ufwd');
    await openInterview(page, requested);
    const report = await downloadThroughLink(page, '农村电商物流调研报告.pdf', STEP_TIMEOUT);
    expect(report.suggestedFilename).toBe('农村电商物流调研报告.pdf');
    expect(report.bytes.equals(pdfNamed('农村电商物流调研报告.pdf').buffer)).toBe(true);
    await page.getByTestId('action-schedule').click();
    await page.getByTestId('schedule-startsAt').fill(chinaLocal(2));
    await page.getByTestId('schedule-place').fill('统战部会议室');
    await page.getByRole('combobox', { name: /约谈领导/ }).click();
    await page.getByRole('option').first().click();
    await journey.browser.checkAccessibility('interview-schedule-dialog');
    await page.getByTestId('schedule-confirm').click();
    await interviewStatus(page, 'scheduled');
    await shot('03-scheduled');

    await page.getByTestId('action-hold').click();
    await interviewStatus(page, 'held');
    await page.getByTestId('action-record').click();
    await page.getByTestId('record-summary').fill('领导听取了民盟关于农村电商物流的情况反映，并作回应。');
    await page.getByTestId('opinion-text-0').fill('建议整合县乡村三级物流站点，降低农村快递成本');
    await page.getByTestId('opinion-by-0').fill('何主委');
    await shot('04-record-dialog');
    await page.getByTestId('record-confirm').click();
    await interviewStatus(page, 'recorded');
    await expectShown(page, page.getByTestId('interview-opinions').getByText('建议整合县乡村三级物流站点，降低农村快递成本'));
    await expect(page.getByTestId('interview-steps').locator('[data-step]').evaluateAll((items) => items.map((item) => item.getAttribute('data-step')))).resolves.toEqual([
      'requested',
      'scheduled',
      'held',
      'recorded',
    ]);
    await shot('05-recorded');
    journey.reached('recorded');
  }, 120_000);

  it('lets a leader invite the party, arranged at once', async () => {
    journey.after('recorded');
    const { page } = journey.browser;
    await switchTo(page, 'leader');
    await openFromMenu(page, '约谈协商');
    await page.getByRole('link', { name: '新建' }).click({ timeout: STEP_TIMEOUT });
    await choose(page, /党派/, '民盟');
    await page.locator('input[name="subject"]').fill(invited);
    await page.locator('textarea[name="information"]').fill('请围绕民营企业融资问题准备意见。');
    await page.locator('input[name="startsAt"]').fill(chinaLocal(1));
    await page.locator('input[name="place"]').fill('区委第三会议室');
    await shot('06-invite');
    await page.getByRole('button', { name: '保存' }).click();
    await interviewStatus(page, 'scheduled');
    invitedId = /\/interviews\/([^/]+)\/show/.exec(page.url())?.[1] ?? '';
    expect(invitedId).not.toBe('');
    // Typed as 09:30 on the district's clock, shown as 09:30 again, twelve or thirteen hours from New York's.
    await expectShown(page, page.locator('.ra-field-startsAt').getByText(/09:30/));
    await shot('07-invited');
    journey.reached('invited');
  }, 120_000);

  it('shows the party’s leader both in the month view, and a feed that stops once revoked', async () => {
    journey.after('invited');
    const { page } = journey.browser;
    await switchTo(page, 'minmeng-leader');
    await openFromMenu(page, '我的日程');
    await page.getByTestId('month-grid').waitFor({ timeout: STEP_TIMEOUT });
    const tomorrow = chinaLocal(1).slice(0, 10);
    if (!(await page.locator(`[data-day="${tomorrow}"]`).count())) await page.getByTestId('calendar-next').click();
    await expectShown(page, page.locator(`[data-day="${tomorrow}"] [data-record="${invitedId}"]`));
    await shot('08-month');

    await page.getByTestId('subscription-rotate').click();
    const url = await page.getByTestId('subscription-url').inputValue({ timeout: STEP_TIMEOUT });
    expect(url).toMatch(/\/calendar\/xscal\.bazhou\.[A-Za-z0-9_-]{43}\.ics$/);
    const feed = await feedUids(url);
    expect(feed.status).toBe(200);
    expect(feed.uids).toContain(`interview-${invitedId}@bazhou.xieshang`);
    await shot('09-subscribed');

    await page.getByTestId('subscription-revoke').click();
    await page.getByRole('button', { name: '确认' }).click();
    await expectShown(page, page.getByTestId('subscription-state').getByText(/尚未开通/));
    expect((await feedUids(url)).status).toBe(404);
    await shot('10-revoked');
  }, 120_000);

  it('reads the interview and the calendar in English with every label translated', async () => {
    journey.after('invited');
    const { page } = journey.browser;
    await switchLanguage(page, 'English');
    await page.getByTestId('month-grid').waitFor({ timeout: STEP_TIMEOUT });
    await expect(page.locator('body').innerText()).resolves.not.toMatch(RAW_MESSAGE_KEY);
    await shot('11-calendar-english');
    await page.locator(`[data-record="${invitedId}"]`).first().click();
    await page.getByTestId('interview-subject').waitFor({ timeout: STEP_TIMEOUT });
    await expect(page.locator('body').innerText()).resolves.not.toMatch(RAW_MESSAGE_KEY);
    await shot('12-interview-english');
    await switchLanguage(page, '中文');
  }, 120_000);
});
