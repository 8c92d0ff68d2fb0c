import { describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { consoleJourney } from './console-browser.js';
import { openFromMenu, STEP_TIMEOUT, uniqueSuffix } from './console-session.js';
import { expectShown, officeApi, switchTo } from './plan-journey.steps.js';
import { downloadThroughLink, uploadThroughButton } from './document-steps.js';

/** An instant `days` days from now, on the hour. */
const daysFromNow = (days: number): string => {
  const at = new Date(Date.now() + days * 86_400_000);
  at.setUTCMinutes(0, 0, 0);
  return at.toISOString();
};

/** A one-page PDF for the meeting's documents. */
const makePdf = (): Buffer => {
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>'];
  let body = '%PDF-1.4\n';
  const offsets = objects.map((object, index) => {
    const offset = body.length;
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = body.length;
  body += `xref\n0 4\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`;
  return Buffer.from(`${body}trailer\n<< /Size 4 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`, 'latin1');
};

/**
 * A thematic meeting through the console: office sends the notice and the documents; a 民盟
 * member confirms the party read them and drafts its opinion; the branch's leader approves it;
 * office records the meeting as held with that opinion and the minutes. Each test builds on the
 * one before, in this order.
 */
describe('a consultation meeting in the console', () => {
  const tag = uniqueSuffix();
  const title = `优化营商环境专题协商座谈会 ${tag}`;
  const opinionText = `建议设立企业服务专员制度 ${tag}`;
  const minutesText = `会议纪要：与会党派就营商环境提出意见建议 ${tag}`;
  const journey = consoleJourney({ journey: 'meeting' });
  let meetingId = '';
  let meetingDay = '';
  const shot = (name: string) => journey.browser.screenshot(`meeting-${name}`);

  /** The meetings list with only this filter (the console keeps a list's last filter, which another person may have left). */
  const openList = async (page: Page, filter: Record<string, string>) => {
    await openFromMenu(page, '协商座谈会');
    await page.waitForURL(/\/meetings/, { timeout: STEP_TIMEOUT });
    await page.goto(`${page.url().split('?')[0]}?filter=${encodeURIComponent(JSON.stringify(filter))}`);
    await expectShown(page, page.getByTestId('meeting-list').getByText(title).first());
  };

  /** Opens the meeting from the menu through the list's search. */
  const openMeeting = async (page: Page) => {
    await openList(page, { q: tag });
    await page.getByTestId('meeting-list').getByText(title).first().click({ timeout: STEP_TIMEOUT });
    await page.getByTestId('meeting-header').waitFor({ timeout: STEP_TIMEOUT });
  };

  const waitForStatus = (page: Page, status: string) => expectShown(page, page.locator(`[data-testid="meeting-header"] [data-status="${status}"]`));

  /** Opens a step's dialog, fills its fields and confirms. */
  const runDialog = async (page: Page, action: string, values: Record<string, string> = {}) => {
    await page.getByTestId(`action-${action}`).first().click({ timeout: STEP_TIMEOUT });
    const dialog = page.getByTestId(`dialog-${action}`);
    await dialog.waitFor({ timeout: STEP_TIMEOUT });
    for (const [name, value] of Object.entries(values)) await dialog.locator(`[name="${name}"]`).first().fill(value);
    await journey.browser.checkAccessibility(`meeting-dialog-${action}`);
    await dialog.getByTestId(`confirm-${action}`).click();
    await dialog.waitFor({ state: 'hidden', timeout: STEP_TIMEOUT });
  };

  it('lets office send the notice and the documents of a meeting', async () => {
    const { call, unit } = await officeApi();
    const created = (await call('/meetings', 'POST', {
      type: 'thematic',
      title,
      chairName: '区委书记',
      startsAt: daysFromNow(30),
      place: '区委第一会议室',
      leadOrgUnitId: unit('区委办公室'),
      invitedOrgUnitIds: [unit('民盟'), unit('九三学社')],
    })) as { id: string; startsAt: string };
    meetingId = created.id;
    // The month view's days are China's.
    meetingDay = new Date(Date.parse(created.startsAt) + 8 * 3_600_000).toISOString().slice(0, 10);
    const { page } = journey.browser;
    await switchTo(page, 'office');
    await openMeeting(page);
    await shot('01-planned');
    await runDialog(page, 'notice');
    await waitForStatus(page, 'noticed');
    await page.getByRole('tab', { name: '材料与阅读' }).click();
    await uploadThroughButton(page, { name: '营商环境文件稿.pdf', mimeType: 'application/pdf', buffer: makePdf() }, STEP_TIMEOUT);
    await expectShown(page, page.getByTestId('meeting-document').getByText('营商环境文件稿.pdf (v1)'));
    await runDialog(page, 'provide-documents');
    await waitForStatus(page, 'documents_ready');
    await shot('02-documents-ready');
    await openFromMenu(page, '协商座谈会');
    await page.getByTestId('meeting-list').waitFor({ timeout: STEP_TIMEOUT });
    await shot('03-list');
    journey.reached('documents');
  }, 180_000);

  it('lets a 民盟 member confirm the party read the documents and draft its opinion', async () => {
    journey.after('documents');
    const { page } = journey.browser;
    await switchTo(page, 'minmeng');
    // The noticed meeting is in the member's month view, and leads to the meeting's page.
    await openFromMenu(page, '我的日程');
    await page.getByTestId('month-grid').waitFor({ timeout: STEP_TIMEOUT });
    for (let month = 0; month < 2 && !(await page.locator(`[data-day="${meetingDay}"]`).count()); month += 1) {
      await page.getByTestId('calendar-next').click();
      await page.getByTestId('month-grid').waitFor({ timeout: STEP_TIMEOUT });
    }
    const inCalendar = page.locator(`[data-day="${meetingDay}"] [data-record="${meetingId}"]`);
    await expectShown(page, inCalendar);
    await shot('03b-calendar');
    await inCalendar.click();
    await page.getByTestId('meeting-header').waitFor({ timeout: STEP_TIMEOUT });
    // The party's view: its invitations whose documents it has still to read.
    await openList(page, { todo: 'read', q: tag });
    await shot('04-party-to-read');
    await openMeeting(page);
    await page.getByRole('tab', { name: '材料与阅读' }).click();
    const downloaded = await downloadThroughLink(page, '营商环境文件稿.pdf', STEP_TIMEOUT);
    expect(downloaded.suggestedFilename).toBe('营商环境文件稿.pdf');
    expect(downloaded.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await page.getByTestId('action-confirm-reading').click({ timeout: STEP_TIMEOUT });
    await expectShown(page, page.locator('[data-testid="meeting-reading"] [data-read="yes"]'));
    await shot('04-read-confirmed');
    await page.getByRole('tab', { name: '准备意见' }).click();
    await runDialog(page, 'prepared-opinions', { text: opinionText });
    await expectShown(page, page.locator('[data-testid="prepared-opinion"][data-status="draft"]').getByText(opinionText));
    await expect(page.getByTestId('approve-prepared-opinion').count()).resolves.toBe(0);
    await shot('05-drafted');
    journey.reached('drafted');
  }, 180_000);

  it('lets the branch’s leader approve the prepared opinion', async () => {
    journey.after('drafted');
    const { page } = journey.browser;
    await switchTo(page, 'minmeng-leader');
    await openList(page, { todo: 'approve', q: tag });
    await shot('06-party-to-approve');
    await openMeeting(page);
    await page.getByRole('tab', { name: '准备意见' }).click();
    await page.getByTestId('approve-prepared-opinion').click({ timeout: STEP_TIMEOUT });
    await expectShown(page, page.locator('[data-testid="prepared-opinion"][data-status="approved"]'));
    await shot('07-approved');
    journey.reached('approved');
  }, 180_000);

  it('lets office record the meeting as held, with the party’s opinion and the minutes', async () => {
    journey.after('approved');
    const { page } = journey.browser;
    await switchTo(page, 'office');
    await openMeeting(page);
    await runDialog(page, 'hold', { attendance: '民盟代表\n九三学社代表' });
    await waitForStatus(page, 'held');
    await page.getByRole('tab', { name: '准备意见' }).click();
    await page.getByTestId('record-prepared-opinion').click({ timeout: STEP_TIMEOUT });
    await page.getByRole('tab', { name: '出席与意见' }).click();
    await expectShown(page, page.getByTestId('meeting-opinion').getByText(opinionText));
    await expect(page.getByTestId('meeting-attendance').innerText()).resolves.toContain('九三学社代表');
    await shot('08-held-with-opinion');
    await runDialog(page, 'record-minutes', { text: minutesText });
    await waitForStatus(page, 'minutes_recorded');
    await page.getByRole('tab', { name: '会议纪要' }).click();
    await expectShown(page, page.getByTestId('meeting-minutes').getByText(minutesText));
    await shot('09-minutes');
    await page.getByRole('tab', { name: '进程' }).click();
    await page.getByTestId('meeting-timeline').locator('[data-step="minutes-recorded"]').waitFor({ timeout: STEP_TIMEOUT });
    const steps = await page.getByTestId('meeting-timeline').locator('[data-step]').evaluateAll((items) => items.map((item) => item.getAttribute('data-step')));
    expect(steps).toEqual(['created', 'noticed', 'documents-provided', 'held', 'minutes-recorded']);
    await shot('10-timeline');
    expect(meetingId).not.toBe('');
  }, 180_000);
});
