import type { Browser } from 'playwright-core';
import { launchChromium } from '../../electron/host/chromium.ts';
import { startHost, type RunningHost } from '../../electron/host/server.ts';
import type { BenchContext, Figure } from './harness.ts';
import { median, ratioFigure } from './harness.ts';
import { buildApp, buildHello, HELLO_READY_SELECTOR } from './builds.ts';
import { benchBackend, largeWorkbook, must } from './large-workbook.ts';

/**
 * The dashboard is ready when it shows its figures (it sets data-ready with them) and nothing in
 * the window still waits: no chart placeholder and no loader in view.
 */
export const DASHBOARD_READY = `(() => {
  if (!document.querySelector('[data-testid="dashboard"][data-ready]')) return false;
  for (const el of document.querySelectorAll('[data-chart-pending], .mantine-Loader-root')) {
    const box = el.getBoundingClientRect();
    if (box.width > 0 && box.bottom > 0 && box.top < window.innerHeight) return false;
  }
  return true;
})()`;

/** The hello world is ready when its button is there. */
const HELLO_READY = `Boolean(document.querySelector(${JSON.stringify(HELLO_READY_SELECTOR)}))`;

declare global {
  interface Window {
    __pwbReadyAt?: number;
  }
}

/**
 * Milliseconds from navigation start until the `ready` expression holds and the frame showing it
 * has painted (two animation frames later), measured inside the page.
 */
export async function loadUntilReady(
  browser: Browser,
  url: string,
  ready: string,
): Promise<number> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    colorScheme: 'light',
  });
  try {
    const page = await context.newPage();
    // A string, not a function: tsx would wrap inner functions in a helper the page lacks.
    await page.addInitScript(`{
      const observer = new MutationObserver(() => {
        if (!(${ready})) return;
        observer.disconnect();
        requestAnimationFrame(() =>
          requestAnimationFrame(() => { window.__pwbReadyAt = performance.now(); }),
        );
      });
      observer.observe(document, { subtree: true, childList: true, attributes: true });
    }`);
    await page.goto(url);
    await page.waitForFunction(() => window.__pwbReadyAt !== undefined, undefined, {
      timeout: 60_000,
      polling: 20,
    });
    return await page.evaluate(() => window.__pwbReadyAt ?? Number.NaN);
  } finally {
    await context.close();
  }
}

/**
 * P1: renderer ready. A fresh browser context loads the production build served by the browser
 * host, with the large workbook open, until the dashboard's figures are painted; against the
 * React + Mantine hello world built with the same config and served by the same host. Two
 * figures: the dashboard as a user opening the workbook sees it (the backend computes it), and
 * the renderer's own share (the backend's result already cached).
 */
export async function benchRendererReady(ctx: BenchContext): Promise<Figure[]> {
  const [path, appDir, helloDir] = await Promise.all([
    largeWorkbook(ctx),
    buildApp(ctx),
    buildHello(ctx),
  ]);
  const backend = benchBackend(ctx, 'p1');
  await must(backend.call('workbook.open', { path }));
  const hosts: RunningHost[] = [];
  let browser: Browser | null = null;
  try {
    const app = await startHost({ backend, staticDir: appDir, printing: false });
    hosts.push(app);
    const hello = await startHost({ backend, staticDir: helloDir, printing: false });
    hosts.push(hello);
    browser = await launchChromium();
    const b = browser;
    const settings = await must<Record<string, unknown>>(backend.call('settings.get', {}));
    // Any write makes the backend compute the dashboard again, as on opening the workbook.
    const forgetDashboard = () => must(backend.call('settings.update', settings));

    // Warm-up: the browser's first page, the OS file cache, V8's code for the backend.
    await loadUntilReady(b, hello.launchUrl, HELLO_READY);
    await loadUntilReady(b, app.launchUrl, DASHBOARD_READY);

    const helloSamples: number[] = [];
    const coldSamples: number[] = [];
    const warmSamples: number[] = [];
    for (let i = 0; i < ctx.runs; i += 1) {
      helloSamples.push(await loadUntilReady(b, hello.launchUrl, HELLO_READY));
      await forgetDashboard();
      coldSamples.push(await loadUntilReady(b, app.launchUrl, DASHBOARD_READY));
      warmSamples.push(await loadUntilReady(b, app.launchUrl, DASHBOARD_READY));
    }
    const helloMs = median(helloSamples);
    const partners = ctx.quick ? 500 : 5000;
    const base = {
      id: 'P1',
      unit: 'ms' as const,
      baseline: helloMs,
      baselineLabel: 'React + Mantine hello world',
      goal: '≤ 3×; ≤ 1.5 s',
    };
    const within = (f: Figure) => f.median <= 1500;
    return [
      ratioFigure(
        {
          ...base,
          figure: `renderer ready: dashboard on opening (${partners} partners, production build)`,
          median: median(coldSamples),
        },
        3,
        within,
      ),
      ratioFigure(
        {
          ...base,
          id: 'P1r',
          figure: `renderer ready: dashboard, backend result cached (${partners} partners)`,
          median: median(warmSamples),
        },
        3,
        within,
      ),
    ];
  } finally {
    await browser?.close();
    for (const host of hosts) await host.close();
    backend.close();
  }
}
