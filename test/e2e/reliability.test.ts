import { spawn } from 'node:child_process';
import { copyFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { describe, expect, it } from 'vitest';
import { lockPathFor } from '../../db/lock.ts';
import { processStartTime } from '../../db/lock-process.ts';
import { badFiles, sha256 } from '../fixtures/bad-files.ts';
import { expectNoProblems, useApp, type AppUnderTest } from './fixtures.ts';
import { openWorkbookByPath } from './pages.ts';

const startApp = useApp();

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The app, with requests the browser cancelled (a reload or a route change while they were in
 * flight: net::ERR_ABORTED) told apart from real failures, which expectNoProblems still reports.
 */
async function start(): Promise<AppUnderTest & { aborted: RegExp[] }> {
  const app = await startApp();
  const aborted: RegExp[] = [];
  app.page.on('requestfailed', (request) => {
    if (request.failure()?.errorText.includes('ERR_ABORTED'))
      aborted.push(new RegExp(`^request failed: ${escapeRegExp(request.url())}$`));
  });
  return Object.assign(app, { aborted });
}

async function call(app: AppUnderTest, method: string, input: unknown): Promise<unknown> {
  const result = await app.backend.call(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value;
}

async function goTo(app: AppUnderTest, label: string): Promise<void> {
  await app.page.getByText(label, { exact: true }).first().click();
}

describe('reliability and security, as a user sees them', () => {
  it('shows a partner named like an HTML tag as text, never as markup', async () => {
    const app = await start();
    const dialogs: string[] = [];
    app.page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await app.withWorkbook();
    const name = '<img src=x onerror=alert(1)>';
    await call(app, 'partners.create', { name, type: 'integration', notes: '<b>bold?</b>' });
    await goTo(app, 'Partners');
    await app.page.getByTestId('partner-row').filter({ hasText: name }).waitFor();
    await app.page.getByTestId('partner-row').filter({ hasText: name }).click();
    await app.page.getByText(name, { exact: true }).first().waitFor();
    await expect(app.page.getByTestId('partner-notes').inputValue()).resolves.toBe('<b>bold?</b>');
    await app.page.waitForLoadState('networkidle');
    await app.screenshot('reliability-01-html-name-as-text');
    await expect(app.page.locator('img[src="x"]').count()).resolves.toBe(0);
    await expect(app.page.locator('b', { hasText: 'bold?' }).count()).resolves.toBe(0);
    expect(dialogs).toEqual([]);
    expectNoProblems(app, app.aborted);
  });

  it('backs up on demand and restores, and the restore itself can be undone', async () => {
    const app = await start();
    const { page } = app;
    await app.withWorkbook();
    await call(app, 'partners.create', { name: 'Globex Analytics', type: 'integration' });
    await goTo(app, 'Backups');
    await page.getByTestId('backup-now').click();
    await page.locator('[data-testid="backup-row"][data-reason="manual"]').waitFor();
    await call(app, 'partners.create', { name: 'Initech Media', type: 'content' });
    await app.screenshot('reliability-02-backups');

    await page
      .locator('[data-testid="backup-row"][data-reason="manual"]')
      .getByRole('button', { name: /Restore/ })
      .click();
    await page.getByTestId('confirm-restore').click();
    await page.getByTestId('backups-page').waitFor({ state: 'detached' });
    await goTo(app, 'Partners');
    await page.getByTestId('partner-row').filter({ hasText: 'Globex Analytics' }).waitFor();
    await expect(page.getByTestId('partner-row').count()).resolves.toBe(1);

    await goTo(app, 'Backups');
    const undo = page.locator('[data-testid="backup-row"][data-reason="before-restore"]');
    await undo.getByRole('button', { name: /Restore/ }).click();
    await page.getByTestId('confirm-restore').click();
    await page.getByTestId('backups-page').waitFor({ state: 'detached' });
    await goTo(app, 'Partners');
    await page.getByTestId('partner-row').filter({ hasText: 'Initech Media' }).waitFor();
    await expect(page.getByTestId('partner-row').count()).resolves.toBe(2);
    expectNoProblems(app, app.aborted);
  });

  it('offers a restore on the start screen when a workbook file is refused', async () => {
    const app = await start();
    const { page } = app;
    const path = await app.withWorkbook('contoso.pwb');
    await call(app, 'partners.create', { name: 'Globex Analytics', type: 'integration' });
    await call(app, 'backups.create', {});
    await page.getByTestId('close-workbook').click();
    await page.getByTestId('start-screen').waitFor();
    copyFileSync(badFiles.truncated(path, app.dir), path);
    const damaged = sha256(path);

    await page.getByTestId('recent-entry').first().click();
    await page.getByTestId('open-error').filter({ hasText: 'looks truncated' }).waitFor();
    expect(sha256(path)).toBe(damaged);
    await page.getByTestId('offer-restore').waitFor();
    await app.screenshot('reliability-03-refused-with-restore-offer');
    await page.getByTestId('offer-restore').click();
    await page
      .getByRole('dialog', { name: 'Restore from a backup' })
      .getByRole('button', { name: /Restore/ })
      .first()
      .click();
    await page.getByTestId('confirm-restore').click();
    await page.getByTestId('workbook-shell').waitFor();
    await goTo(app, 'Partners');
    await page.getByTestId('partner-row').filter({ hasText: 'Globex Analytics' }).waitFor();
    expectNoProblems(app, app.aborted);
  });

  it('turns a workbook with a damaged page read-only, with a banner, after the first screen', async () => {
    const app = await start();
    const { page } = app;
    const path = await app.withWorkbook('valid.pwb');
    const csv = [
      'name,type',
      ...Array.from({ length: 300 }, (_, i) => `Partner ${i},content`),
    ].join('\n');
    await call(app, 'partners.importCsv', { csvText: csv, mapping: ['name', 'type'] });
    await page.getByTestId('close-workbook').click();
    await page.getByTestId('start-screen').waitFor();
    const damaged = badFiles.bitFlippedPage(path, app.dir);
    const before = sha256(damaged);

    await openWorkbookByPath(page, damaged);
    await page.getByTestId('workbook-shell').waitFor();
    const banner = page.getByTestId('workbook-damaged-banner');
    await banner.waitFor();
    await expect(banner.textContent()).resolves.toContain('is damaged (integrity check:');
    await page.getByText('Read-only', { exact: true }).waitFor();
    await app.screenshot('reliability-04-damaged-banner');
    await page.getByTestId('close-workbook').click();
    await page.getByTestId('start-screen').waitFor();
    expect(sha256(damaged)).toBe(before);
    expectNoProblems(app, app.aborted);
  });

  it('says when a workbook is open in another window, and opens it read-only on request', async () => {
    const app = await start();
    const { page } = app;
    const path = await app.withWorkbook('shared.pwb');
    await page.getByTestId('close-workbook').click();
    await page.getByTestId('start-screen').waitFor();
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 120000)']);
    try {
      const pid = other.pid ?? 0;
      writeFileSync(
        lockPathFor(path),
        JSON.stringify({
          app: 'partnership-workbook',
          pid,
          hostname: hostname(),
          processStartedAt: new Date(processStartTime(pid) ?? Date.now()).toISOString(),
          lockedAt: new Date().toISOString(),
          nonce: 'another-window',
        }),
      );
      await openWorkbookByPath(page, path);
      const problem = page
        .getByTestId('open-error')
        .filter({ hasText: 'is open in another window' });
      await problem.waitFor();
      await app.screenshot('reliability-05-open-elsewhere');
      await page.getByTestId('open-read-only').click();
      await page.getByTestId('workbook-shell').waitFor();
      await page.getByText('Read-only', { exact: true }).waitFor();
    } finally {
      other.kill('SIGKILL');
    }
    expectNoProblems(app, app.aborted);
  });
});
