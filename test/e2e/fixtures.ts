import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import type { Backend } from '../../electron/backend/backend.ts';
import { createNodeBackend } from '../../electron/host/backend-for-node.ts';
import { launchChromium } from '../../electron/host/chromium.ts';
import { startHost, type RunningHost } from '../../electron/host/server.ts';

export const screenshotDir = join(process.cwd(), 'test-results', 'screenshots');

export interface AppUnderTest {
  page: Page;
  host: RunningHost;
  backend: Backend;
  /** A temporary folder for this test's workbooks; removed afterwards. */
  dir: string;
  /** Console errors and failed requests seen by the page. */
  problems: string[];
  screenshot(name: string): Promise<string>;
  /** Loads the app again (same host and backend), as a user reopening the window would. */
  reload(): Promise<void>;
  /** Creates and opens a workbook through the backend (skipping the start screen), then reloads. */
  withWorkbook(name?: string): Promise<string>;
}

/** One Chromium per test file; every test gets its own data directory, backend, host and page. */
export function useApp(): () => Promise<AppUnderTest> {
  let browser: Browser;
  const cleanups: (() => Promise<void> | void)[] = [];
  const apps: AppUnderTest[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') {
      const name = `FAILED-${task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}`;
      for (const app of apps) await app.screenshot(name).catch(() => undefined);
    }
    apps.length = 0;
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  return async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pwb-e2e-'));
    const backend = createNodeBackend(join(dir, 'data'));
    const host = await startHost({ backend, staticDir: inject('rendererDir') });
    const context: BrowserContext = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      colorScheme: 'light',
    });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    // A reload or navigation aborts what the old document still had in flight (net::ERR_ABORTED):
    // the browser's doing, not a failure. Whether a document was replaced after a request was
    // issued is decided when problems are read, as the events may arrive in either order.
    let documents = 0;
    const issuedIn = new WeakMap<Request, number>();
    const aborted: { url: string; document: number }[] = [];
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) documents++;
    });
    page.on('request', (request) => issuedIn.set(request, documents));
    page.on('requestfailed', (request) => {
      const url = request.url();
      if (request.failure()?.errorText.includes('ERR_ABORTED') === true) {
        aborted.push({ url, document: issuedIn.get(request) ?? documents });
      } else problems.push(`request failed: ${url}`);
    });
    const problemsNow = () => [
      ...problems,
      ...aborted.filter((a) => a.document === documents).map((a) => `request failed: ${a.url}`),
    ];
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    cleanups.push(() => backend.close());
    cleanups.push(() => host.close());
    cleanups.push(() => context.close());

    const app: AppUnderTest = {
      page,
      host,
      backend,
      dir,
      get problems() {
        return problemsNow();
      },
      async screenshot(name) {
        mkdirSync(screenshotDir, { recursive: true });
        const path = join(screenshotDir, `${name}.png`);
        await page.screenshot({ path, fullPage: true });
        return path;
      },
      async reload() {
        // Only the fragment would differ from the current URL, which is no reload at all.
        await page.goto('about:blank');
        await page.goto(host.launchUrl);
        await page.getByTestId('app-ready').waitFor();
      },
      async withWorkbook(name = 'test.pwb') {
        const path = join(dir, name);
        const created = await backend.call('workbook.create', {
          path,
          orgName: 'Northwind Advisory',
          clientName: 'Contoso Retail',
          currency: 'USD',
        });
        if (!created.ok) throw new Error(created.error.message);
        await app.reload();
        await page.getByTestId('workbook-shell').waitFor();
        return path;
      },
    };
    apps.push(app);
    await app.reload();
    return app;
  };
}

export function expectNoProblems(app: AppUnderTest, allowed: RegExp[] = []): void {
  expect(app.problems.filter((p) => !allowed.some((a) => a.test(p)))).toEqual([]);
}
