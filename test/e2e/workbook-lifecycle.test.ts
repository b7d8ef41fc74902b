import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sha256 } from '../fixtures/bad-files.ts';
import { expectNoProblems, useApp } from './fixtures.ts';
import {
  addPartner,
  createWorkbook,
  openWorkbookByPath,
  pickOption,
  waitForSaved,
} from './pages.ts';

const startApp = useApp();

describe('a workbook from creation to reopening', () => {
  it('creates a workbook, fills settings, manages partners, and finds them after reopening', async () => {
    const app = await startApp();
    const { page } = app;
    await app.screenshot('01-start-screen');

    await createWorkbook(page, app.dir, {
      org: 'Northwind Advisory',
      client: 'Contoso Retail',
      file: 'contoso',
    });
    await expect(page.getByTestId('workbook-title').textContent()).resolves.toBe('Contoso Retail');
    await page.getByText('Partners', { exact: true }).first().click();
    await page.getByTestId('empty-state').waitFor();
    await app.screenshot('02-empty-partners');

    await page
      .getByRole('link', { name: 'Workbook settings' })
      .or(page.getByText('Workbook settings', { exact: true }))
      .first()
      .click();
    await page.getByTestId('settings-program').fill('Alliance program 2027');
    await page.getByTestId('settings-confidentiality').fill('Client confidential');
    await page.getByTestId('settings-audience').fill('-5');
    await page.getByText('Audience size cannot be negative').waitFor();
    await page.getByTestId('settings-audience').fill('50000');
    await pickOption(page, 'settings-fiscal-month', 'April');
    await waitForSaved(page);
    await expect(page.getByTestId('workbook-title').textContent()).resolves.toBe(
      'Alliance program 2027',
    );
    await app.screenshot('03-settings');

    await page.getByText('Partners', { exact: true }).first().click();
    await addPartner(page, {
      name: 'Globex Analytics',
      type: 'Integration / technology',
      ownerOurs: 'Ana Ruiz',
      ownerTheirs: 'Sam Lee',
    });
    await addPartner(page, { name: 'Initech Media', type: 'Co-marketing', ownerOurs: 'Ana Ruiz' });
    await page.getByTestId('partner-row').nth(1).waitFor();
    await expect(page.getByTestId('partner-row').count()).resolves.toBe(2);
    await app.screenshot('04-partners-list');

    await page.getByTestId('partner-row').filter({ hasText: 'Globex Analytics' }).click();
    await page.getByTestId('partner-owner-theirs').fill('Priya Natarajan');
    await pickOption(page, 'partner-stage', 'Negotiating');
    await waitForSaved(page);
    await app.screenshot('05-partner-detail');
    await page.getByText('All partners').click();

    await page.getByRole('button', { name: 'Actions for Initech Media' }).click();
    await page.getByRole('menuitem', { name: 'Delete…' }).click();
    await page.getByTestId('confirm-delete').click();
    await page
      .getByTestId('partner-row')
      .filter({ hasText: 'Initech Media' })
      .waitFor({ state: 'detached' });

    await page.getByTestId('close-workbook').click();
    await page.getByTestId('start-screen').waitFor();
    await page.getByTestId('recent-entry').filter({ hasText: 'Alliance program 2027' }).waitFor();
    // Forgetting a recent entry keeps the file and can be undone.
    const entry = page.getByTestId('recent-entry').filter({ hasText: 'Alliance program 2027' });
    await page.getByRole('button', { name: 'Forget Alliance program 2027' }).click();
    await entry.waitFor({ state: 'detached' });
    await page.getByTestId('undo-forget').click();
    await entry.waitFor();

    await openWorkbookByPath(page, join(app.dir, 'contoso.pwb'));
    await page.getByTestId('workbook-shell').waitFor();
    await page.getByText('Partners', { exact: true }).first().click();
    const rows = page.getByTestId('partner-row');
    await rows.first().waitFor();
    await expect(rows.count()).resolves.toBe(1);
    await expect(rows.first().textContent()).resolves.toContain('Globex Analytics');
    await expect(rows.first().textContent()).resolves.toContain('Priya Natarajan');
    await expect(rows.first().textContent()).resolves.toContain('Negotiating');

    await page.getByText('Workbook settings', { exact: true }).first().click();
    await expect(page.getByTestId('settings-confidentiality').inputValue()).resolves.toBe(
      'Client confidential',
    );
    await expect(page.getByTestId('settings-audience').inputValue()).resolves.toBe('50,000');
    expectNoProblems(app);
  });

  it('refuses a file that is not a workbook, with a clear message, and leaves it untouched', async () => {
    const app = await startApp();
    const path = join(app.dir, 'notes.pwb');
    writeFileSync(path, 'These are meeting notes, not a workbook.\n');
    const before = sha256(path);

    await openWorkbookByPath(app.page, path);
    const error = app.page.getByTestId('open-error');
    await error.waitFor();
    await expect(error.textContent()).resolves.toContain(
      'is not a Partnership Workbook file: it is not a SQLite database.',
    );
    await app.screenshot('06-open-bad-file');
    expect(sha256(path)).toBe(before);
    expectNoProblems(app);
  });
});
