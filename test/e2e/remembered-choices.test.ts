import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoProblems, useApp } from './fixtures.ts';

const go = async (page: Page, to: string) => {
  await page.evaluate((h) => (window.location.hash = h), `#${to}`);
};
const selectedTab = (page: Page) =>
  page.locator('main [role="tab"][aria-selected="true"]').first().textContent();

describe('remembered view choices', () => {
  const start = useApp();

  it('reopens the tabs, views and toggles last chosen, after a reload', async () => {
    const app = await start();
    const { page } = app;
    const made = await app.backend.call('workbook.createDemo', { path: `${app.dir}/demo.pwb` });
    if (!made.ok) throw new Error(made.error.message);
    await app.reload();
    await page.getByTestId('workbook-shell').waitFor();

    await go(page, '/economics');
    await page.getByRole('tab', { name: 'Calculators' }).click();
    await go(page, '/meetings');
    await page.getByRole('tab', { name: /Actions/ }).click();
    await page.getByTestId('action-view').getByText(/^All/).click();
    await go(page, '/risks');
    await page.getByLabel('Show closed').check({ force: true });
    await page.getByTestId('risk-basis').getByText('Residual').click();
    await go(page, '/kpis');
    await page.getByTestId('kpis-tab-figures').click();
    await go(page, '/scorecards');
    await page.getByLabel('Include archived').check({ force: true });

    await go(page, '/calendar');
    await page
      .getByTestId('conflict-scope')
      .getByText(/^All dates/)
      .click();

    await app.reload();
    await page.getByTestId('workbook-shell').waitFor();
    await go(page, '/economics');
    await expect.poll(() => selectedTab(page)).toContain('Calculators');
    await go(page, '/meetings');
    await expect.poll(() => selectedTab(page)).toContain('Actions');
    await expect
      .poll(() => page.getByRole('radio', { name: 'All' }).first().isChecked())
      .toBe(true);
    await go(page, '/risks');
    await expect.poll(() => page.getByLabel('Show closed').isChecked()).toBe(true);
    await expect
      .poll(() =>
        page.getByTestId('risk-basis').getByRole('radio', { name: 'Residual' }).isChecked(),
      )
      .toBe(true);
    await go(page, '/kpis');
    await expect.poll(() => selectedTab(page)).toContain('Monthly figures');
    await go(page, '/scorecards');
    await expect.poll(() => page.getByLabel('Include archived').isChecked()).toBe(true);
    await go(page, '/calendar');
    await expect
      .poll(() =>
        page
          .getByTestId('conflict-scope')
          .getByRole('radio', { name: /^All dates/ })
          .isChecked(),
      )
      .toBe(true);
    expectNoProblems(app);
  }, 120_000);
});
