import { describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { consoleJourney } from './console-browser.js';
import { menuEntries, openFromMenu, RAW_MESSAGE_KEY, signIn, STEP_TIMEOUT } from './console-session.js';

const CITY_USER = process.env.CITY_USERNAME ?? 'city';

/** Picks a district in the app bar's tenant switcher. */
const pickDistrict = async (page: Page, name: string) => {
  await page.getByTestId('tenant-switch').getByRole('combobox').click();
  await page.getByRole('option', { name, exact: true }).click();
  await page.getByTestId('tenant-switch').getByRole('combobox').getByText(name).waitFor({ timeout: STEP_TIMEOUT });
};

/** The full names in the org-unit list once it shows exactly the expected unit (the search is debounced). */
const listedUnitsOnceShowing = async (page: Page, expected: string): Promise<string[]> => {
  const names = page.getByTestId('org-unit-list').locator('tbody tr td:first-child');
  const deadline = Date.now() + STEP_TIMEOUT;
  let listed: string[] = [];
  while (Date.now() < deadline) {
    listed = (await names.allInnerTexts()).map((name) => name.trim());
    if (listed.length === 1 && listed[0] === expected) return listed;
    await page.waitForTimeout(250);
  }
  throw new Error(`the org-unit list never showed only ${expected}; it showed: ${listed.join(', ')}`);
};

/**
 * A city observer reads its districts through the tenant switcher: the consultation records and
 * org units of the picked district, never another's, and nothing offered to change. The seeded units carry the district's
 * name (巴州区财政局, 恩阳区财政局).
 */
describe('city view in the console', () => {
  const journey = consoleJourney({ journey: 'city-view' });


  it('signs the city observer in with the tenant switcher and the districts figures', async () => {
    const { page } = journey.browser;
    await signIn(page, CITY_USER);
    await page.getByTestId('tenant-switch').waitFor({ timeout: STEP_TIMEOUT });
    await page.getByTestId('district-figures-bazhou').waitFor({ timeout: STEP_TIMEOUT });
    await page.getByTestId('district-figures-enyang').waitFor({ timeout: STEP_TIMEOUT });
    await journey.browser.screenshot('city-01-signed-in');
    expect(await menuEntries(page)).toEqual(['我的账户', '区县', '上报调研报告']);
    await expect(page.locator('body').innerText()).resolves.not.toMatch(RAW_MESSAGE_KEY);
    journey.reached('signed-in');
  }, 120_000);

  it('reads 巴州区 org units once 巴州区 is picked, with nothing to create or edit', async () => {
    journey.after('signed-in');
    const { page } = journey.browser;
    await pickDistrict(page, '巴州区');
    // The district's consultation records and org units; never its people, audit trail or settings.
    expect(await menuEntries(page)).toEqual(['我的账户', '区县', '年度协商计划', '协商议题建议', '调研课题', '协商座谈会', '约谈协商', '组织单位', '书面征求意见', '上报调研报告']);
    await openFromMenu(page, '组织单位');
    await page.getByPlaceholder('搜索').fill('财政局');
    await expect(listedUnitsOnceShowing(page, '巴州区财政局')).resolves.toEqual(['巴州区财政局']);
    await journey.browser.screenshot('city-02-bazhou-org-units');
    await expect(page.getByRole('link', { name: '新建' }).count()).resolves.toBe(0);
    await expect(page.getByRole('link', { name: '编辑' }).count()).resolves.toBe(0);
    journey.reached('bazhou');
  }, 60_000);

  it('reads 恩阳区 org units after switching to 恩阳区, still without create buttons', async () => {
    journey.after('bazhou');
    const { page } = journey.browser;
    await pickDistrict(page, '恩阳区');
    await expect(listedUnitsOnceShowing(page, '恩阳区财政局')).resolves.toEqual(['恩阳区财政局']);
    await journey.browser.screenshot('city-03-enyang-org-units');
    await expect(page.getByRole('link', { name: '新建' }).count()).resolves.toBe(0);
    await expect(page.getByRole('link', { name: '编辑' }).count()).resolves.toBe(0);

    await openFromMenu(page, '区县');
    await page.getByTestId('tenant-list').getByText('恩阳区', { exact: true }).waitFor({ timeout: STEP_TIMEOUT });
    await expect(page.getByRole('link', { name: '新建' }).count()).resolves.toBe(0);
    await journey.browser.screenshot('city-04-tenants');
  }, 60_000);
});
