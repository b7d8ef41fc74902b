import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectNoProblems, useApp } from './fixtures.ts';

const startApp = useApp();

describe('whole-workbook JSON in the app', () => {
  it('exports from settings and imports into a new workbook from the start screen, showing errors by path', async () => {
    const app = await startApp();
    const { page } = app;
    await app.withWorkbook('source.pwb');
    const created = await app.backend.call('partners.create', {
      name: 'Globex Analytics',
      type: 'integration',
    });
    expect(created.ok).toBe(true);

    await page.getByText('Workbook settings', { exact: true }).first().click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-json').click(),
    ]);
    const exported = join(app.dir, 'export.json');
    await download.saveAs(exported);
    const json = JSON.parse(readFileSync(exported, 'utf8')) as {
      format: string;
      tables: { partners: { name: string }[] };
    };
    expect(json.format).toBe('partnership-workbook');
    expect(json.tables.partners.map((p) => p.name)).toEqual(['Globex Analytics']);

    await page.getByTestId('close-workbook').click();
    await page.getByTestId('start-import-json').click();
    const dialog = page.getByRole('dialog', { name: 'Import a workbook from JSON' });

    const broken = structuredClone(json);
    (broken.tables.partners[0] as Record<string, unknown>).name = 7;
    await dialog.locator('input[type=file]').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(broken)),
    });
    await dialog.getByRole('textbox', { name: 'Folder' }).fill(app.dir);
    await dialog.getByRole('textbox', { name: 'Folder' }).press('Enter');
    await dialog.getByLabel('New workbook file').fill('copy.pwb');
    await dialog.getByTestId('import-json-submit').click();
    await expect(dialog.getByTestId('import-json-error').textContent()).resolves.toContain(
      'tables.partners[0].name',
    );
    await app.screenshot('exchange-01-import-error');

    await dialog.locator('input[type=file]').setInputFiles(exported);
    await dialog.getByTestId('import-json-submit').click();
    await page.getByTestId('workbook-shell').waitFor();
    await page.getByText('Partners', { exact: true }).first().click();
    await page.getByTestId('partner-row').filter({ hasText: 'Globex Analytics' }).waitFor();
    expectNoProblems(app);
  });
});
