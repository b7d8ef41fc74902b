import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../electron/host/chromium.ts';
import { startHost, type RunningHost } from '../../electron/host/server.ts';
import type { BenchContext, Figure } from './harness.ts';
import { median } from './harness.ts';
import { buildApp } from './builds.ts';
import { benchBackend, largeWorkbook, must } from './large-workbook.ts';

declare global {
  interface Window {
    __pwbKeystroke?: { start: number; end: number | null };
  }
}

/**
 * Arms the page for one measured keystroke: from the key's event to the first paint after the
 * partners table (or its count, or "no match") changed. A string, not a function: tsx would wrap
 * inner functions in a helper the page lacks.
 */
const ARM = `(() => {
  const measured = { start: 0, end: null };
  window.__pwbKeystroke = measured;
  const input = document.querySelector('[data-testid="partner-search"]');
  input.addEventListener('keydown', (e) => { measured.start = e.timeStamp; }, { once: true, capture: true });
  const observer = new MutationObserver((records) => {
    const rows = records.some((r) => {
      const el = r.target.nodeType === 1 ? r.target : r.target.parentElement;
      return el && el.closest('[data-testid="partner-table"], [data-testid="partner-count"], [data-testid="no-match"], [data-testid="partner-table-scroll"]');
    });
    if (!rows || measured.start === 0) return;
    observer.disconnect();
    // After the frame that shows the rows: the task that follows its animation frame.
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { measured.end = performance.now(); };
      channel.port2.postMessage(null);
    });
  });
  observer.observe(document.body, { subtree: true, childList: true, characterData: true });
})()`;

async function keystroke(page: Page, key: string): Promise<number> {
  await page.evaluate(ARM);
  await page.keyboard.press(key);
  await page.waitForFunction(() => window.__pwbKeystroke?.end != null, undefined, {
    polling: 10,
  });
  return page.evaluate(() => {
    const m = window.__pwbKeystroke;
    return m && m.end !== null ? m.end - m.start : Number.NaN;
  });
}

/**
 * P9: the partners list of the large workbook in the production build: one character typed into
 * the search box, from the key event to the first frame painted with the updated rows.
 */
export async function benchPartnerFilter(ctx: BenchContext): Promise<Figure[]> {
  const partners = ctx.quick ? 500 : 5000;
  const [path, appDir] = await Promise.all([largeWorkbook(ctx), buildApp(ctx)]);
  const backend = benchBackend(ctx, 'p9');
  await must(backend.call('workbook.open', { path }));
  let host: RunningHost | null = null;
  let browser: Browser | null = null;
  try {
    host = await startHost({ backend, staticDir: appDir, printing: false });
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(host.launchUrl);
    await page.getByTestId('workbook-shell').waitFor({ timeout: 60_000 });
    await page.evaluate(() => {
      window.location.hash = '/partners';
    });
    const search = page.getByTestId('partner-search');
    await page.getByTestId('partner-row').first().waitFor({ timeout: 60_000 });
    await search.click();

    const letters = 'aeionrstlc';
    const samples: number[] = [];
    for (let i = 0; i <= ctx.runs; i += 1) {
      // From the whole list, as when a user starts to search.
      await search.fill('');
      await page
        .getByTestId('partner-count')
        .filter({ hasText: /^\d+ partners/ })
        .waitFor();
      const ms = await keystroke(page, letters[i % letters.length] ?? 'a');
      if (i > 0) samples.push(ms); // the first keystroke warms the page up
    }
    const ms = median(samples);
    return [
      {
        id: 'P9',
        figure: `partner list: filter keystroke to updated rows (${partners} partners)`,
        unit: 'ms',
        median: ms,
        baseline: null,
        baselineLabel: null,
        ratio: null,
        goal: '≤ 100 ms',
        pass: ms <= 100,
      },
    ];
  } finally {
    await browser?.close();
    await host?.close();
    backend.close();
  }
}
