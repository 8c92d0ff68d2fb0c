import { readFile } from 'node:fs/promises';
import { describe, expect, it } from '@jest/globals';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { consoleJourney } from './console-browser.js';
import { downloadThroughLink, pdfNamed, uploadThroughButton } from './document-steps.js';
import { openFromMenu, RAW_MESSAGE_KEY, STEP_TIMEOUT, switchLanguage, uniqueSuffix } from './console-session.js';
import { expectShown, switchTo } from './plan-journey.steps.js';

/** A `datetime-local` value a week ahead at 10:00, typed on the district's clock. */
const aWeekAhead = (): string => {
  const at = new Date(Date.now() + 7 * 86_400_000);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T10:00`;
};

const text = (xml: string): string => [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join('');

/**
 * A written solicitation in the console: office composes it for 民盟, edits the draft (a second
 * version, a second section, 九三学社 added, the document attached) and sends it; a 民盟 member
 * downloads the document, drafts per section and asks the leader; the leader approves it at the
 * chair's office meeting, then adds a supplement and approves that too; UFWD sees who opened and
 * answered, reads the reply and the supplement side by side, writes a note on a section, reports
 * the summary and exports it, whose DOCX carries the note, the opinion, the supplement and the
 * silent 九三学社; office reads the note in the summary.
 */
describe('written consultation in the console', () => {
  const tag = uniqueSuffix();
  const title = `关于城乡融合发展的实施意见 ${tag}`;
  const opinion = `建议加大农村基础设施投入 ${tag}`;
  const supplement = `补充：建议设立城乡融合专项资金 ${tag}`;
  const sectionNote = `主要任务部分意见较集中 ${tag}`;
  const documentFile = pdfNamed(`城乡融合发展实施意见征求意见稿 ${tag}.pdf`);
  const journey = consoleJourney({ journey: 'written' });
  /** Screenshots once the page has settled: a spinner still turning is no page to check. */
  const shot = async (name: string) => {
    await journey.browser.page.locator('.MuiCircularProgress-root').first().waitFor({ state: 'detached', timeout: STEP_TIMEOUT }).catch(() => undefined);
    await journey.browser.screenshot(`written-${name}`);
  };

  const openSolicitation = async (page: Page) => {
    await openFromMenu(page, '书面征求意见');
    await page.getByTestId('solicitation-list').or(page.getByText('暂无')).first().waitFor({ timeout: STEP_TIMEOUT });
    await page.locator('input[name="q"]').fill(tag);
    await page.waitForURL((url) => url.search.includes(tag), { timeout: STEP_TIMEOUT });
    await page.getByTestId('solicitation-list').getByText(title).first().click({ timeout: STEP_TIMEOUT });
    await page.getByTestId('solicitation-title').waitFor({ timeout: STEP_TIMEOUT });
  };

  /**
   * The app bar hides while the page is scrolled down (react-admin's AppBar), as the long
   * solicitation page often is after a step; the person scrolls back up to reach the user menu.
   */
  const switchUser = async (page: Page, username: string) => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.mouse.wheel(0, -2000);
    await switchTo(page, username);
  };

  const pickBranch = async (page: Page, name: string, label = /征求意见的党派/) => {
    const input = page.getByRole('combobox', { name: label });
    await input.click();
    await input.fill(name);
    await page.getByRole('option', { name, exact: true }).click({ timeout: STEP_TIMEOUT });
    await page.keyboard.press('Escape');
  };

  it('lets office compose the document with a section for one branch', async () => {
    const { page } = journey.browser;
    await switchUser(page, 'office');
    await openFromMenu(page, '书面征求意见');
    await page.getByRole('link', { name: '新建' }).click({ timeout: STEP_TIMEOUT });
    await page.locator('input[name="title"]').fill(title);
    await page.locator('.button-add').first().click();
    await page.locator('input[name="sections.0.key"]').fill('一');
    await page.locator('input[name="sections.0.title"]').fill('主要任务');
    await pickBranch(page, '民盟');
    await page.locator('input[name="replyDeadline"]').fill(aWeekAhead());
    await shot('01-compose');
    await page.getByRole('button', { name: '保存' }).click();
    await expectShown(page, page.getByTestId('solicitation-title'));
    journey.reached('composed');
  }, 180_000);

  it('lets office edit the draft: a new version, a second section, a second branch and the document attached', async () => {
    journey.after('composed');
    const { page } = journey.browser;
    await page.getByTestId('solicitation-edit').click({ timeout: STEP_TIMEOUT });
    await page.locator('input[name="documentVersion"]').waitFor({ timeout: STEP_TIMEOUT });
    await page.locator('input[name="documentVersion"]').fill('第二稿');
    await page.locator('.button-add').first().click();
    await page.locator('input[name="sections.1.key"]').fill('二');
    await page.locator('input[name="sections.1.title"]').fill('保障措施');
    await pickBranch(page, '九三学社');
    // Attaching renews the record's version while the form is open; what was typed must survive it.
    await uploadThroughButton(page, documentFile, STEP_TIMEOUT);
    expect(await page.locator('input[name="documentVersion"]').inputValue()).toBe('第二稿');
    await shot('02-edit-draft');
    await page.getByRole('button', { name: '保存' }).click();
    await expectShown(page, page.getByTestId('solicitation-sections').getByText('二 保障措施'));
    await expectShown(page, page.getByText('第二稿', { exact: true }));
    await expectShown(page, page.getByRole('button', { name: `下载 ${documentFile.name}` }));
    journey.reached('edited');
  }, 120_000);

  it('sends the edited draft to both branches, after which it is no longer edited', async () => {
    journey.after('edited');
    const { page } = journey.browser;
    await page.getByTestId('action-send').click();
    await expectShown(page, page.locator('[data-testid="solicitations-status"][data-status="sent"]'));
    await expectShown(page, page.getByTestId('recipient-九三学社'));
    expect(await page.getByTestId('solicitation-edit').count()).toBe(0);
    expect(await page.getByTestId('document-upload').count()).toBe(0);
    await shot('03-sent');
    journey.reached('sent');
  }, 120_000);

  it('lets a 民盟 member draft per section and ask the leader', async () => {
    journey.after('sent');
    const { page } = journey.browser;
    await switchUser(page, 'minmeng');
    await openSolicitation(page);
    const downloaded = await downloadThroughLink(page, documentFile.name, STEP_TIMEOUT);
    expect(downloaded.bytes.equals(documentFile.buffer)).toBe(true);
    expect(await page.getByTestId('document-upload').count()).toBe(0);
    await page.getByTestId('reply-section-一').fill(opinion);
    await page.getByTestId('reply-save').click();
    await expectShown(page, page.locator('[data-testid="reply-status"][data-status="draft"]'));
    await page.getByTestId('reply-request-approval').click();
    await expectShown(page, page.locator('[data-testid="reply-status"][data-status="awaiting_leader"]'));
    expect(await page.getByTestId('reply-submit').count()).toBe(0);
    await shot('04-member-draft');
    journey.reached('drafted');
  }, 120_000);

  it('lets the branch leader approve it at the chair’s office meeting, which submits it', async () => {
    journey.after('drafted');
    const { page } = journey.browser;
    await switchUser(page, 'minmeng-leader');
    await openSolicitation(page);
    await expectShown(page, page.getByTestId('reply-approval'));
    await page.getByTestId('reply-submit').click();
    await expectShown(page, page.locator('[data-testid="reply-status"][data-status="submitted"]'));
    await expectShown(page, page.getByTestId('reply-submitted'));
    await shot('05-leader-submitted');
    journey.reached('submitted');
  }, 120_000);

  it('lets the branch follow its submitted reply with a supplement, which the leader approves, leaving the reply as it was', async () => {
    journey.after('submitted');
    const { page } = journey.browser;
    expect(await page.getByTestId('reply-save').count()).toBe(0);
    await page.getByTestId('supplement-add').click({ timeout: STEP_TIMEOUT });
    await page.getByTestId('supplement-section-二').fill(supplement);
    await page.getByTestId('supplement-save').click();
    await expectShown(page, page.locator('[data-testid="supplement-status"][data-status="draft"]'));
    await page.getByTestId('supplement-submit').click();
    await expectShown(page, page.getByTestId('supplement-submitted').getByText(supplement));
    await expect(page.getByTestId('reply-section-一').inputValue()).resolves.toBe(opinion);
    await expect(page.getByTestId('reply-section-二').inputValue()).resolves.toBe('');
    await expectShown(page, page.getByTestId('supplement-add'));
    await shot('06-supplement');
    journey.reached('supplemented');
  }, 120_000);

  it('shows UFWD who opened and answered, the reply and its supplement side by side, and exports the noted and reported summary', async () => {
    journey.after('supplemented');
    const { page } = journey.browser;
    await switchUser(page, 'ufwd');
    await openSolicitation(page);
    await expectShown(page, page.locator('[data-testid="recipient-民盟"][data-answered="yes"]'));
    await expectShown(page, page.locator('[data-testid="recipient-九三学社"][data-answered="no"]'));
    await expectShown(page, page.getByTestId('replies-side-by-side').getByText(opinion));
    await expectShown(page, page.getByTestId('replies-side-by-side').locator('[data-supplement="yes"]').getByText(supplement));
    await expectShown(page, page.getByTestId('summary-section-二').locator('[data-supplement="yes"]').getByText(supplement));
    await expect(page.getByTestId('summary-silent').innerText()).resolves.toContain('九三学社');
    await page.getByTestId('summary-note').fill(`各党派意见集中于主要任务 ${tag}`);
    await page.getByTestId('summary-section-note-一').fill(sectionNote);
    await page.getByTestId('summary-save').click();
    await expectShown(page, page.getByText('汇总说明已保存。'));
    await page.getByTestId('summary-send').click();
    await expectShown(page, page.getByTestId('summary-sent-at'));
    await expect(page.getByTestId('summary-section-note-一').inputValue()).resolves.toBe(sectionNote);
    await shot('07-summary');
    const download = page.waitForEvent('download', { timeout: STEP_TIMEOUT });
    await page.getByTestId('summary-export-docx').click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/汇总报告\.docx$/);
    const path = await file.path();
    const body = text(await (await JSZip.loadAsync(await readFile(path))).file('word/document.xml')!.async('string'));
    expect(body).toContain(`关于《${title}》征求意见情况的汇总报告`);
    expect(body).toContain(`民盟：${opinion}`);
    expect(body).toContain(`各党派意见集中于主要任务 ${tag}`);
    expect(body).toContain(`一、主要任务${sectionNote}`);
    expect(body).toContain(`民盟：${supplement}（补充意见）`);
    expect(body).toContain('九三学社未回复意见');
    journey.reached('exported');
  }, 120_000);

  it('shows office UFWD’s note in the summary', async () => {
    journey.after('exported');
    const { page } = journey.browser;
    await switchUser(page, 'office');
    await openSolicitation(page);
    await expectShown(page, page.getByTestId('summary-section-note-text-一').getByText(sectionNote));
    expect(await page.getByTestId('summary-section-note-一').count()).toBe(0);
    await shot('08-office-summary');
    journey.reached('read');
  }, 120_000);

  it('reads the same page in English', async () => {
    journey.after('read');
    const { page } = journey.browser;
    await switchLanguage(page, 'English');
    await expectShown(page, page.getByText('Replies side by side'));
    await expectShown(page, page.getByText('(supplement)').first());
    await expect(page.locator('body').innerText()).resolves.not.toMatch(RAW_MESSAGE_KEY);
    await shot('09-english');
    await switchLanguage(page, '中文');
  }, 60_000);

  it('lets a department send statistics with a file that the addressed branch alone sees, downloads and confirms reading', async () => {
    const { page } = journey.browser;
    const material = `前三季度经济运行数据 ${tag}`;
    const statistics = pdfNamed(`前三季度经济运行数据 ${tag}.pdf`);
    await switchUser(page, 'fagai');
    await openFromMenu(page, '知情明政材料');
    await page.getByRole('link', { name: '新建' }).click({ timeout: STEP_TIMEOUT });
    await page.locator('input[name="title"]').fill(material);
    await pickBranch(page, '民盟', /发送对象/);
    await shot('10-material-compose');
    await page.getByRole('button', { name: '保存' }).click();
    await expectShown(page, page.getByTestId('material-receipts').getByText('未阅'));
    await uploadThroughButton(page, statistics, STEP_TIMEOUT);
    await switchUser(page, 'minmeng');
    await openFromMenu(page, '知情明政材料');
    await page.getByTestId('material-list').getByText(material).first().click({ timeout: STEP_TIMEOUT });
    expect((await downloadThroughLink(page, statistics.name, STEP_TIMEOUT)).bytes.equals(statistics.buffer)).toBe(true);
    expect(await page.getByTestId('document-upload').count()).toBe(0);
    await page.getByTestId('action-confirm').click({ timeout: STEP_TIMEOUT });
    await expectShown(page, page.getByTestId('material-receipts').getByText('民盟'));
    await expectShown(page, page.getByText('已确认阅读。'));
    await shot('11-material-confirmed');
    await switchUser(page, 'jiusan');
    await openFromMenu(page, '知情明政材料');
    await page.getByTestId('material-list').or(page.getByText('暂无')).first().waitFor({ timeout: STEP_TIMEOUT });
    expect(await page.getByText(material).count()).toBe(0);
  }, 180_000);

  it('lets a member draft a research report that the branch leader approves at its review', async () => {
    const { page } = journey.browser;
    const report = `关于县域经济高质量发展的调研报告 ${tag}`;
    await switchUser(page, 'minmeng');
    await openFromMenu(page, '党派报送');
    await page.getByRole('link', { name: '新建' }).click({ timeout: STEP_TIMEOUT });
    await page.locator('input[name="title"]').fill(report);
    await page.locator('textarea[name="body"]').fill('调研发现……');
    await page.locator('[name="recommendations.0"]').fill(`建议设立县域发展基金 ${tag}`);
    await shot('12-submission-compose');
    await page.getByRole('button', { name: '保存' }).click();
    await expectShown(page, page.locator('[data-testid="submissions-status"][data-status="draft"]'));
    await page.getByTestId('action-request-approval').click();
    await expectShown(page, page.locator('[data-testid="submissions-status"][data-status="awaiting_leader"]'));
    expect(await page.getByTestId('action-submit').count()).toBe(0);
    await switchUser(page, 'minmeng-leader');
    await openFromMenu(page, '党派报送');
    await page.getByTestId('submission-list').getByText(report).first().click({ timeout: STEP_TIMEOUT });
    await page.getByTestId('action-submit').click({ timeout: STEP_TIMEOUT });
    await page.getByTestId('confirm-submit').click();
    await expectShown(page, page.locator('[data-testid="submissions-status"][data-status="submitted"]'));
    await shot('13-submission-submitted');
  }, 180_000);
});
