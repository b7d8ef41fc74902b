import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packSectionLabels, type PackSectionId } from '../../shared/contract/index.ts';
import type { AppUnderTest } from './fixtures.ts';
import { expectNoProblems, screenshotDir, useApp } from './fixtures.ts';
import { call, goTo } from './governance-pages.ts';
import { pdfPagesText, pdfToPngs, writePdf } from './pdf-tools.ts';

const startApp = useApp();
/** The demo's dates hang off this day, so its figures do not move with the clock. */
const today = '2026-11-15';
const period = '2026-10';
const hostile = '<img src=x onerror=alert(1)>';

async function demo(app: AppUnderTest): Promise<void> {
  await call(app, 'workbook.createDemo', { path: join(app.dir, 'demo.pwb'), today });
}

interface Exported {
  pages: number;
  base64: string;
  sectionPages: Record<string, number>;
}

async function exportPack(
  app: AppUnderTest,
  paper: 'a4' | 'letter',
  file: string,
  sections?: PackSectionId[],
): Promise<{ exported: Exported; pdf: string; pages: string[] }> {
  const exported = await call(app, 'pack.export', { period, paper, sections });
  const pdf = join(app.dir, file);
  writePdf(pdf, exported.base64 ?? '');
  return { exported: exported as Exported, pdf, pages: pdfPagesText(pdf) };
}

/**
 * Each section's contents line ("06  Forecast  10") against the printed pages: the page the
 * contents give is the first page whose heading carries that number and title.
 */
function expectTocMatches(pages: string[], exported: Exported, sections: PackSectionId[]): void {
  const toc = pages[1] ?? '';
  expect(toc).toContain('Contents');
  for (const section of sections) {
    const title = packSectionLabels[section];
    const line = new RegExp(`(\\d{2})\\s+${title}\\s+(\\d+)\\s*$`, 'm').exec(toc);
    expect(line, `${section} in the contents`).not.toBeNull();
    const [, number = '', page = ''] = line ?? [];
    expect(Number(page), section).toBe(exported.sectionPages[section]);
    const heading = new RegExp(`^\\s*${number}\\s+${title}\\s*$`, 'm');
    const starts = pages.findIndex((text, index) => index > 1 && heading.test(text));
    expect(starts + 1, `${section} starts where the contents say`).toBe(Number(page));
  }
}

describe('the pack: KPI roll-up, forecast and canvases', () => {
  it('prints the demo with the three sections where the contents say, canvases one to a page', async () => {
    const app = await startApp();
    await demo(app);
    const { exported, pdf, pages } = await exportPack(app, 'a4', 'demo-a4.pdf');
    expect(pages).toHaveLength(exported.pages);
    expectTocMatches(pages, exported, ['scorecards', 'kpis', 'forecast', 'risks', 'canvases']);

    const kpiStart = exported.sectionPages.kpis ?? 0;
    const kpiPages = pages
      .slice(kpiStart - 1, (exported.sectionPages.forecast ?? 0) - 1)
      .join('\n');
    expect(kpiPages).toContain('Partner-sourced revenue');
    expect(kpiPages).toMatch(/Weighted roll-up/i);
    expect(kpiPages).toContain('no data');

    const forecastStart = exported.sectionPages.forecast ?? 0;
    const forecastPage = pages[forecastStart - 1] ?? '';
    expect(forecastPage).toContain('Program forecast');
    expect(forecastPage).toMatch(/Conservative\s+leads ×0\.7/);
    expect(forecastPage).toContain('P10–P90');
    const forecastPages = pages
      .slice(forecastStart - 1, (exported.sectionPages.risks ?? 0) - 1)
      .join('\n');
    expect(forecastPages).toContain('Trackable and influenced revenue');
    expect(forecastPages).toMatch(/Harbor Commerce\s+\$[\d,]+\s+\$[\d,]+\s+\$[\d,]+\s+\$[\d,]+/);

    // Each canvas opens its own page: its heading is on a page of its own after the section's.
    const canvasStart = exported.sectionPages.canvases ?? 0;
    const headings = [
      'Value proposition canvas: Harbor Commerce',
      'Value proposition canvas: Quillmail',
      'Ecosystem map',
    ];
    const headingPages = headings.map(
      (h) => pages.findIndex((text, index) => index >= canvasStart - 1 && text.includes(h)) + 1,
    );
    expect(headingPages[0]).toBe(canvasStart);
    expect(headingPages).toEqual([canvasStart, canvasStart + 1, canvasStart + 2]);
    // Nothing of a canvas spills onto the next page: the page after the map is the appendix.
    expect(exported.sectionPages.appendix).toBe(canvasStart + 3);

    const kept = [kpiStart, forecastStart, canvasStart, canvasStart + 2];
    for (const page of kept) {
      const files = pdfToPngs(pdf, screenshotDir, `pack-sections-a4-p${page}`, page, page);
      expect(files.length, `PNG of page ${page}`).toBe(1);
    }
  });

  it('prints the three sections on US Letter, charts and canvases within the page', async () => {
    const app = await startApp();
    await demo(app);
    // A hostile partner name prints literally in the KPI, revenue and canvas headings.
    const partners = await call(app, 'partners.list', { search: '', includeArchived: false });
    const quill = partners.find((p) => p.name === 'Quillmail');
    if (!quill) throw new Error('The demo has no Quillmail');
    const { id, createdAt: _c, updatedAt: _u, ...fields } = quill;
    await call(app, 'partners.update', { id, fields: { ...fields, name: hostile } });
    const sections: PackSectionId[] = ['cover', 'kpis', 'forecast', 'canvases'];
    const { exported, pdf, pages } = await exportPack(app, 'letter', 'demo-letter.pdf', sections);
    const text = pages.join('\n');
    expect(text).toContain(`Value proposition canvas: ${hostile}`);
    expect(text).toMatch(/<img src=x onerror=alert\(1\)>\s+\$[\d,]+/);
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(
      /Page size:\s+612 x 792 pts \(letter\)/,
    );
    expectTocMatches(pages, exported, ['kpis', 'forecast', 'canvases']);
    expect(Object.keys(exported.sectionPages).sort()).toEqual(['canvases', 'forecast', 'kpis']);
    const forecastPage = exported.sectionPages.forecast ?? 0;
    const canvasPage = exported.sectionPages.canvases ?? 0;
    for (const page of [forecastPage, canvasPage]) {
      expect(
        pdfToPngs(pdf, screenshotDir, `pack-sections-letter-p${page}`, page, page),
      ).toHaveLength(1);
    }
  });

  it('previews the sections in the builder and remembers sections, partners and period after a reload', async () => {
    const app = await startApp();
    const { page } = app;
    await demo(app);
    await app.reload();
    await page.getByTestId('workbook-shell').waitFor({ timeout: 30_000 });
    await goTo(page, 'Governance pack');

    const preview = page.getByTestId('pack-preview');
    const heading = (title: string) =>
      preview.locator('.pack-section-heading h2', { hasText: new RegExp(`^${title}$`) });
    await heading('KPI roll-up').waitFor();
    for (const title of ['Forecast', 'Canvases', 'Partner portfolio']) {
      await expect.poll(() => heading(title).count(), { message: title }).toBe(1);
    }
    await expect.poll(() => preview.getByTestId('pack-vpc').count()).toBe(2);

    // Leave out the portfolio, keep one partner, report on August.
    await page.getByTestId('pack-section-portfolio').uncheck();
    await expect.poll(() => heading('Partner portfolio').count()).toBe(0);
    await page.getByText('Selected', { exact: true }).click();
    await page.getByRole('combobox', { name: 'Partners in the pack' }).click();
    await page.getByRole('option', { name: 'Quillmail' }).click();
    // Close the partner list by clicking away, then open the month picker.
    await page.getByRole('heading', { name: 'Governance pack' }).click();
    await expect.poll(() => page.getByRole('option', { name: 'Quillmail' }).count()).toBe(0);
    // Let the preview settle on the partner (the form's layout moves with it), then pick August.
    await preview.locator('.pack-lead', { hasText: /view of Quillmail:/ }).waitFor();
    const august = page.getByRole('button', { name: 'Aug', exact: true });
    for (let attempt = 0; attempt < 3 && !(await august.isVisible()); attempt += 1) {
      await page.getByLabel('Reporting period').click();
      await august.waitFor({ state: 'visible', timeout: 3_000 }).catch(() => undefined);
    }
    await august.click();
    // The preview follows the choices: August, Quillmail's view of the KPIs.
    const kpiLead = preview.locator('.pack-lead', {
      hasText: /^August \d{4}, view of Quillmail:/,
    });
    await kpiLead.waitFor();
    await expect.poll(() => preview.getByTestId('pack-vpc').count()).toBe(1);
    await app.screenshot('pack-builder-sections');

    await app.reload();
    await page.getByTestId('workbook-shell').waitFor();
    await goTo(page, 'Governance pack');
    await kpiLead.waitFor();
    expect(await page.getByTestId('pack-section-portfolio').isChecked()).toBe(false);
    expect(await page.getByTestId('pack-section-kpis').isChecked()).toBe(true);
    expect(await page.getByLabel('Reporting period').textContent()).toMatch(/August \d{4}/);
    expect(await heading('Partner portfolio').count()).toBe(0);
    expect(await preview.getByTestId('pack-vpc').count()).toBe(1);
    expect(await heading('KPI roll-up').count()).toBe(1);
    expectNoProblems(app);
  });
});
