import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Meeting, Partner } from '../../shared/contract/index.ts';
import { expectNoProblems, useApp } from './fixtures.ts';

/** Waits until the page shows its content: no loader spinning, something in the main area. */
async function settled(page: Page): Promise<void> {
  await page.locator('main').locator('h2, h3, [data-testid]').first().waitFor();
  await expect
    .poll(() => page.locator('main .mantine-Loader-root:visible').count(), { timeout: 15_000 })
    .toBe(0);
}

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-');

describe('demo tour', () => {
  const start = useApp();

  it('opens the demo from the start screen and visits every page and partner tab cleanly', async () => {
    const app = await start();
    const { page } = app;
    await page.getByTestId('start-screen').waitFor();
    await app.screenshot('demo-start-screen');
    await page.getByTestId('start-demo').click();
    await page.getByTestId('workbook-shell').waitFor({ timeout: 30_000 });
    await page.getByTestId('dashboard').waitFor();
    await expect
      .poll(() => page.getByTestId('workbook-title').textContent())
      .toBe('Tidewater Partner Network (demo)');
    await expect
      .poll(() => page.getByTestId('card-first-program-count').textContent())
      .toBe('5 of 11 steps');
    await settled(page);
    await app.screenshot('demo-dashboard');

    const navLinks = page.locator('.mantine-AppShell-navbar .mantine-NavLink-root');
    const labels = await navLinks.locator('.mantine-NavLink-label').allTextContents();
    expect(labels).toEqual(expect.arrayContaining(['Dashboard', 'First program', 'Partners']));
    expect(labels.length).toBeGreaterThanOrEqual(12);
    for (const label of labels) {
      await navLinks.filter({ hasText: label }).first().click();
      await settled(page);
      await app.screenshot(`demo-page-${slug(label)}`);
    }

    const partners = await app.backend.call('partners.list', {});
    const harbor = (partners.ok ? (partners.value as Partner[]) : []).find(
      (p) => p.name === 'Harbor Commerce',
    );
    expect(harbor).toBeDefined();
    await page.evaluate((id) => (window.location.hash = `#/partners/${id}`), harbor?.id ?? 0);
    await page.getByTestId('partner-title').waitFor();
    const tabs = page.locator('[data-testid^="partner-tab-"]');
    const tabIds = await tabs.evaluateAll((nodes) =>
      nodes.map((n) => n.getAttribute('data-testid') ?? ''),
    );
    expect(tabIds.length).toBeGreaterThanOrEqual(10);
    for (const testId of tabIds) {
      await page.getByTestId(testId).click();
      await settled(page);
      await app.screenshot(`demo-harbor-${testId.replace('partner-tab-', '')}`);
    }

    const meetings = await app.backend.call('meetings.list', {});
    const qbr = (meetings.ok ? (meetings.value as Meeting[]) : []).find((m) => m.kind === 'qbr');
    await page.evaluate((id) => (window.location.hash = `#/meetings/${id}`), qbr?.id ?? 0);
    await settled(page);
    await app.screenshot('demo-meeting');

    expectNoProblems(app);
  }, 240_000);
});
