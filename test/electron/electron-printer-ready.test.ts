// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('./fake-electron.ts'));

import { PRINT_READY_ATTRIBUTE } from '../../electron/backend/printer.ts';
import { readyWaitScript } from '../../electron/main/electron-printer.ts';

/** Runs the wait the Electron printer sends to its print window, in a DOM. */
const runInPage = (waitMs: number) =>
  (new Function(`return ${readyWaitScript(waitMs)}`) as () => Promise<boolean>)();

describe("the Electron printer's wait inside the page", () => {
  afterEach(() => document.documentElement.removeAttribute(PRINT_READY_ATTRIBUTE));

  it('answers as soon as the page marks itself ready', async () => {
    const waiting = runInPage(5_000);
    const started = Date.now();
    setTimeout(() => document.documentElement.setAttribute(PRINT_READY_ATTRIBUTE, ''), 30);
    await expect(waiting).resolves.toBe(true);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('answers at once when the page is ready already, and false when the wait runs out', async () => {
    await expect(runInPage(50)).resolves.toBe(false);
    document.documentElement.setAttribute(PRINT_READY_ATTRIBUTE, '');
    await expect(runInPage(5_000)).resolves.toBe(true);
  });

  it('is not fooled by other attributes changing', async () => {
    const waiting = runInPage(80);
    document.documentElement.setAttribute('data-other', '1');
    await expect(waiting).resolves.toBe(false);
    document.documentElement.removeAttribute('data-other');
  });
});
