import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AppUnderTest } from './fixtures.ts';
import { screenshotDir, useApp } from './fixtures.ts';
import { pdfPageCount, pdfPagesText, pdfToPngs, writePdf } from './pdf-tools.ts';

const startApp = useApp();
const hostile = '<img src=x onerror=alert(1)>';

async function seed(app: AppUnderTest, partners: number): Promise<void> {
  await app.withWorkbook('pack.pwb');
  const call = async (method: string, input: unknown) => {
    const result = await app.backend.call(method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value;
  };
  await call('settings.update', {
    orgName: 'Northwind Advisory',
    clientName: 'Contoso Retail',
    programName: 'Alliance program 2027',
    currency: 'USD',
    fiscalYearStartMonth: 4,
    confidentiality: 'Client confidential',
    audienceSize: 50000,
  });
  await call('partners.create', {
    name: hostile,
    type: 'content',
    stage: 'active',
    ownerOurs: 'Ana Ruiz',
  });
  for (let i = 1; i < partners; i += 1) {
    await call('partners.create', {
      name: `Partner ${String(i).padStart(3, '0')}`,
      type: i % 2 ? 'integration' : 'co_marketing',
      stage: i % 3 ? 'active' : 'negotiating',
      ownerOurs: 'Ana Ruiz',
      ownerTheirs: i % 4 ? 'Sam Lee' : '',
      segment: 'Mid-market retail',
      region: 'EMEA',
    });
  }
}

describe('the governance pack PDF', () => {
  it('prints a two-pass pack whose contents match where sections start, with header and footer on every page', async () => {
    const app = await startApp();
    await seed(app, 60);
    const result = await app.backend.call('pack.export', { period: '2026-10', paper: 'a4' });
    if (!result.ok) throw new Error(result.error.message);
    const exported = result.value as {
      pages: number;
      base64: string;
      sectionPages: Record<string, number>;
    };
    const pdf = join(app.dir, 'pack.pdf');
    writePdf(pdf, exported.base64);

    const pages = pdfPagesText(pdf);
    expect(pdfPageCount(pdf)).toBe(exported.pages);
    expect(pages).toHaveLength(exported.pages);

    pages.forEach((text, index) => {
      expect(text, `page ${index + 1}`).toContain('Contoso Retail');
      expect(text, `page ${index + 1}`).toContain('Alliance program 2027: governance pack');
      expect(text, `page ${index + 1}`).toContain('Client confidential');
      expect(text, `page ${index + 1}`).toContain(`Page ${index + 1} of ${exported.pages}`);
    });

    const toc = pages[1] ?? '';
    expect(toc).toContain('Contents');
    for (const [section, title] of [
      ['portfolio', 'Partner portfolio'],
      ['appendix', 'Appendix: definitions'],
    ] as const) {
      const start = exported.sectionPages[section];
      expect(start, section).toBeGreaterThan(2);
      expect(toc).toMatch(new RegExp(`${title}\\s+${start}\\b`));
      // After the contents page, the first page showing the section's title is where it starts.
      const firstAfterToc = pages.findIndex((text, index) => index > 1 && text.includes(title));
      expect(firstAfterToc + 1, section).toBe(start);
    }

    const portfolioText = pages.slice((exported.sectionPages.portfolio ?? 1) - 1).join('\n');
    expect(portfolioText).toContain(hostile);
    expect(portfolioText).toContain('Partner 059');
    expect(pdfToPngs(pdf, screenshotDir, 'pack-a4', 4).length).toBeGreaterThan(2);
  });

  it('prints on US Letter too', async () => {
    const app = await startApp();
    await seed(app, 3);
    const result = await app.backend.call('pack.export', {
      period: '2026-10',
      paper: 'letter',
      sections: ['cover', 'portfolio'],
    });
    if (!result.ok) throw new Error(result.error.message);
    const exported = result.value as { pages: number; base64: string };
    const pdf = join(app.dir, 'letter.pdf');
    writePdf(pdf, exported.base64);
    const { execFileSync } = await import('node:child_process');
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(
      /Page size:\s+612 x 792 pts \(letter\)/,
    );
    expect(exported.pages).toBe(3);
  });
});
