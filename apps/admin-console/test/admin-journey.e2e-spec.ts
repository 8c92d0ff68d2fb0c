import { describe, expect, it } from '@jest/globals';
import { consoleJourney } from './console-browser.js';
import {
  menuEntries,
  openFromMenu,
  RAW_MESSAGE_KEY,
  signIn,
  signOut,
  STEP_TIMEOUT,
  switchLanguage,
  uniqueSuffix,
} from './console-session.js';

const ADMIN = process.env.ADMIN_USERNAME ?? 'bazhou-admin';

/**
 * A district admin's day in the console: language both ways, a new org unit, a new person in it
 * with a password; then that person signs in and sees only what a party member may use.
 * Each test builds on the one before, in this order.
 */
describe('admin journey in the console', () => {
  const suffix = uniqueSuffix();
  const unitName = `测试党派${suffix}`;
  const person = { username: `member-${suffix}`, displayName: `测试成员${suffix}`, password: `pw-${suffix}-xieshang` };
  const journey = consoleJourney({ journey: 'admin' });


  it('signs the district admin in and switches the language to English and back', async () => {
    const { page } = journey.browser;
    await signIn(page, ADMIN);
    await journey.browser.screenshot('admin-01-signed-in-zh');
    expect(await menuEntries(page)).toEqual(['我的账户', '通知', '年度协商计划', '协商议题建议', '调研课题', '组织单位', '人员', '规则设置', '审计记录', '邮件与短信投递', '我的日程']);

    await switchLanguage(page, 'English');
    await journey.browser.screenshot('admin-02-english');
    expect(await menuEntries(page)).toEqual([
      'My account',
      'Notices',
      'Annual plans',
      'Topic suggestions',
      'Research topics',
      'Org units',
      'People',
      'Rule settings',
      'Audit trail',
      'Mail and text messages',
      'My calendar',
    ]);
    await expect(page.locator('body').innerText()).resolves.not.toMatch(RAW_MESSAGE_KEY);

    await switchLanguage(page, '中文');
    await journey.browser.screenshot('admin-03-back-to-chinese');
    await expect(page.getByTestId('me-roles').innerText()).resolves.toContain('租户管理员');
    journey.reached('signed-in');
  }, 120_000);

  it('adds an org unit of the district', async () => {
    journey.after('signed-in');
    const { page } = journey.browser;
    await openFromMenu(page, '组织单位');
    await page.getByRole('link', { name: '新建' }).waitFor({ timeout: STEP_TIMEOUT });
    await page.getByRole('link', { name: '编辑' }).first().waitFor({ timeout: STEP_TIMEOUT });
    await journey.browser.checkAccessibility('admin-04-org-units');
    await page.getByRole('link', { name: '新建' }).click();
    await page.getByRole('combobox', { name: /类别/ }).click();
    await page.getByRole('option', { name: '民主党派' }).click();
    await page.locator('input[name="name"]').fill(unitName);
    await page.locator('input[name="shortName"]').fill(`测${suffix}`);
    await journey.browser.screenshot('admin-04-org-unit-form');
    await page.getByRole('button', { name: '保存' }).click();

    await page.getByText('已新建').waitFor({ timeout: STEP_TIMEOUT });
    await page.locator('main').getByText(unitName, { exact: true }).waitFor({ timeout: STEP_TIMEOUT });
    await journey.browser.screenshot('admin-05-org-unit-created');
    await expect(page.locator('main').innerText()).resolves.toContain('民主党派');
    journey.reached('org-unit');
  }, 60_000);

  it('adds a person in that org unit with the party-member role and a password', async () => {
    journey.after('org-unit');
    const { page } = journey.browser;
    await openFromMenu(page, '人员');
    await page.getByRole('link', { name: '新建' }).waitFor({ timeout: STEP_TIMEOUT });
    await page.getByRole('link', { name: '编辑' }).first().waitFor({ timeout: STEP_TIMEOUT });
    await journey.browser.checkAccessibility('admin-06-people');
    await page.getByRole('link', { name: '新建' }).click();
    await page.locator('input[name="username"]').fill(person.username);
    await page.locator('input[name="displayName"]').fill(person.displayName);
    const orgUnit = page.getByRole('combobox', { name: /所在单位/ });
    await orgUnit.click();
    await orgUnit.fill(unitName);
    await page.getByRole('option', { name: unitName }).click();
    await page.getByRole('checkbox', { name: '党派成员' }).check();
    await page.locator('input[name="password"]').fill(person.password);
    await journey.browser.screenshot('admin-06-person-form');
    await page.getByRole('button', { name: '保存' }).click();

    await page.getByText('已新建').waitFor({ timeout: STEP_TIMEOUT });
    await page.locator('main').getByText(person.displayName, { exact: true }).waitFor({ timeout: STEP_TIMEOUT });
    await journey.browser.screenshot('admin-07-person-created');
    const shown = await page.locator('main').innerText();
    expect(shown).toContain(unitName);
    expect(shown).toContain('党派成员');
    journey.reached('person');
  }, 60_000);

  it('signs the admin out; the new person signs in and sees only what a party member reads', async () => {
    journey.after('person');
    const { page } = journey.browser;
    await signOut(page);
    await journey.browser.screenshot('admin-08-signed-out');

    await signIn(page, person.username, person.password);
    await expect(page.getByTestId('me-display-name').innerText()).resolves.toBe(person.displayName);
    await expect(page.getByTestId('me-org-unit').innerText()).resolves.toContain(unitName);
    expect(await menuEntries(page)).toEqual(['我的账户', '通知', '年度协商计划', '协商议题建议', '调研课题', '协商座谈会', '约谈协商', '组织单位', '书面征求意见', '党派报送', '知情明政材料', '意见办理', '办理报告', '我的日程']);
    await journey.browser.screenshot('admin-09-party-member-menu');

    await openFromMenu(page, '组织单位');
    await page.getByTestId('org-unit-list').waitFor({ timeout: STEP_TIMEOUT });
    await expect(page.getByRole('link', { name: '新建' }).count()).resolves.toBe(0);
    await expect(page.getByRole('link', { name: '编辑' }).count()).resolves.toBe(0);
    await journey.browser.screenshot('admin-10-party-member-org-units');
  }, 90_000);
});
