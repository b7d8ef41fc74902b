import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Partner } from '../../shared/contract/index.ts';
import { expectNoProblems, useApp, type AppUnderTest } from './fixtures.ts';

const hash = (page: Page) => page.evaluate(() => window.location.hash);

async function openPalette(page: Page) {
  await page.keyboard.press('Control+K');
  const search = page.getByTestId('command-palette-search');
  await search.waitFor();
  await expect.poll(() => search.evaluate((el) => el === document.activeElement)).toBe(true);
  return search;
}

async function openDemo(app: AppUnderTest): Promise<Partner[]> {
  const made = await app.backend.call('workbook.createDemo', { path: `${app.dir}/demo.pwb` });
  if (!made.ok) throw new Error(made.error.message);
  await app.reload();
  await app.page.getByTestId('workbook-shell').waitFor();
  const list = await app.backend.call('partners.list', {});
  return list.ok ? (list.value as Partner[]) : [];
}

describe('command palette and shortcuts sheet', () => {
  const start = useApp();

  it('goes to a page, opens a partner found by part of its name, runs commands, lists the shortcuts', async () => {
    const app = await start();
    const { page } = app;
    const partners = await openDemo(app);
    const harbor = partners.find((p) => p.name === 'Harbor Commerce');
    expect(harbor).toBeDefined();

    // Ctrl+K, then a page by typing and Enter.
    let search = await openPalette(page);
    await expect.poll(() => page.getByTestId('palette-page-risks').isVisible()).toBe(true);
    await expect.poll(() => page.getByTestId('palette-command-new-partner').isVisible()).toBe(true);
    await app.screenshot('command-palette-open');
    await search.fill('risk');
    await expect.poll(() => page.getByTestId('palette-page-dashboard').count()).toBe(0);
    await page.keyboard.press('Enter');
    await page.getByTestId('command-palette-search').waitFor({ state: 'hidden' });
    await expect.poll(() => hash(page)).toBe('#/risks');
    await page.getByRole('heading', { name: 'Risks', level: 2 }).waitFor();

    // A partner by part of its name, through the backend's search; Enter opens it.
    search = await openPalette(page);
    await search.fill('harb');
    const found = page.getByTestId('palette-partner');
    await expect.poll(() => found.first().textContent()).toContain('Harbor Commerce');
    await app.screenshot('command-palette-partner');
    await page.keyboard.press('Enter');
    await expect.poll(() => hash(page)).toBe(`#/partners/${harbor?.id}`);
    await expect
      .poll(() => page.getByTestId('partner-title').textContent())
      .toBe('Harbor Commerce');

    // A command: switch to dark, and back, by clicking it.
    const scheme = () => page.evaluate(() => document.documentElement.dataset.mantineColorScheme);
    expect(await scheme()).toBe('light');
    search = await openPalette(page);
    await search.fill('dark');
    await page.getByTestId('palette-command-toggle-color-scheme').click();
    await expect.poll(scheme).toBe('dark');
    await app.screenshot('command-palette-dark-partner');

    // New partner: the same form as the Partners page's button, and the partner is in the list.
    search = await openPalette(page);
    await search.fill('new partner');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Add a partner' });
    await dialog.waitFor();
    await expect.poll(() => hash(page)).toBe('#/partners');
    await dialog.getByLabel('Name').fill('Quayside Analytics');
    await dialog.getByTestId('partner-type').click();
    await page.getByRole('option', { name: 'Integration / technology', exact: true }).click();
    await dialog.getByRole('button', { name: 'Add partner' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const after = await app.backend.call('partners.list', { search: 'Quayside' });
    expect(after.ok && (after.value as Partner[]).map((p) => p.name)).toEqual([
      'Quayside Analytics',
    ]);

    // Back up now, with its progress, and the backup is listed.
    const backups = async () => {
      const listed = await app.backend.call('backups.list', {});
      return listed.ok ? (listed.value as { backups: unknown[] }).backups.length : -1;
    };
    const before = await backups();
    search = await openPalette(page);
    await search.fill('back up now');
    await page.keyboard.press('Enter');
    await page.getByText('Backup made and checked.', { exact: false }).waitFor();
    expect(await backups()).toBe(before + 1);

    // Nothing found says so, rather than showing an empty box.
    search = await openPalette(page);
    await search.fill('zzzz no such thing');
    await expect
      .poll(() => page.getByTestId('command-palette').getByText('Nothing matches').count())
      .toBe(1);
    await page.keyboard.press('Escape');
    await search.waitFor({ state: 'hidden' });

    // Shift+? lists the shortcuts, the current page's first.
    await page.goto(`${app.host.launchUrl.split('#')[0]}#/calendar`);
    await page.getByTestId('workbook-shell').waitFor();
    await page.keyboard.press('Shift+?');
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await sheet.waitFor();
    const groups = sheet.getByTestId('shortcut-group');
    await expect.poll(() => groups.first().textContent()).toContain('Calendar');
    expect(await sheet.textContent()).toContain('Search pages, partners and commands');
    await app.screenshot('shortcuts-sheet');
    await page.keyboard.press('Escape');
    await sheet.waitFor({ state: 'hidden' });

    // The sheet is also a palette command.
    search = await openPalette(page);
    await search.fill('shortcuts');
    await page.keyboard.press('Enter');
    await sheet.waitFor();

    expectNoProblems(app);
  }, 180_000);

  it('opens from inside a text field, and Alt+D on a meeting records a decision without leaving it', async () => {
    const app = await start();
    const { page } = app;
    await openDemo(app);
    await page.evaluate(() => (window.location.hash = '#/risks'));
    const field = page.getByPlaceholder(/Search/).first();
    await field.click();
    await openPalette(page);
    await page.keyboard.press('Escape');

    const meetings = await app.backend.call('meetings.list', {});
    const meeting = meetings.ok ? (meetings.value as { id: number }[])[0] : undefined;
    expect(meeting).toBeDefined();
    await page.evaluate((id) => (window.location.hash = `#/meetings/${id}`), meeting?.id ?? 0);
    await page
      .getByRole('button', { name: /decision/i })
      .first()
      .waitFor();
    await page.keyboard.press('Alt+D');
    await page.getByRole('dialog').first().waitFor();
    expect(await hash(page)).toBe(`#/meetings/${meeting?.id}`);
    expectNoProblems(app);
  }, 120_000);
});
