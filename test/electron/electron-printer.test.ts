import type { WebContents } from 'electron';
import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('./fake-electron.ts'));

import { PRINT_READY_ATTRIBUTE } from '../../electron/backend/printer.ts';
import { createElectronPrinter } from '../../electron/main/electron-printer.ts';
import { TrustedContents } from '../../electron/main/trusted-senders.ts';
import { secureWebPreferences } from '../../electron/main/web-security.ts';
import { FakeBrowserWindow } from './fake-electron.ts';

const preload = '/app/out/preload/index.cjs';
const packUrl = 'app://app/index.html#/report';

function lastWindow(): FakeBrowserWindow {
  const window = FakeBrowserWindow.all.at(-1);
  if (!window) throw new Error('no window was opened');
  return window;
}

describe('Electron PdfPrinter', () => {
  afterEach(() => {
    FakeBrowserWindow.all = [];
  });

  it('prints our page from a hidden, locked-down window and closes it afterwards', async () => {
    const trusted = new TrustedContents();
    const printer = createElectronPrinter({ preload, trusted });
    const pending = printer.printToPdf(packUrl, { paper: 'a4' });
    const window = lastWindow();
    expect(window.options.show).toBe(false);
    expect(window.options.webPreferences).toEqual(secureWebPreferences(preload));
    // The pack reads its data through the bridge, so its window must be trusted while it prints.
    expect(trusted.has(window.webContents as unknown as WebContents)).toBe(true);
    expect(window.webContents.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({
      action: 'deny',
    });

    const pdf = await pending;
    expect(pdf.toString()).toBe('%PDF-1.7 fake');
    expect(window.loadURL).toHaveBeenCalledWith(packUrl);
    expect(window.webContents.printToPDF).toHaveBeenCalledWith({
      pageSize: 'A4',
      landscape: false,
      printBackground: true,
      preferCSSPageSize: true,
      displayHeaderFooter: false,
      headerTemplate: '<span></span>',
      footerTemplate: '<span></span>',
      margins: { top: 18 / 25.4, bottom: 16 / 25.4, left: 14 / 25.4, right: 14 / 25.4 },
    });
    expect(window.isDestroyed()).toBe(true);
    expect(trusted.has(window.webContents as unknown as WebContents)).toBe(false);
  });

  it('prints the running header and footer templates it is given', async () => {
    const printer = createElectronPrinter({ preload, trusted: new TrustedContents() });
    await printer.printToPdf(packUrl, {
      paper: 'a4',
      headerTemplate: '<div>Contoso</div>',
      footerTemplate: '<div>Page <span class="pageNumber"></span></div>',
    });
    expect(lastWindow().webContents.printToPDF).toHaveBeenCalledWith(
      expect.objectContaining({
        displayHeaderFooter: true,
        headerTemplate: '<div>Contoso</div>',
        footerTemplate: '<div>Page <span class="pageNumber"></span></div>',
      }),
    );
  });

  it('honours Letter and landscape', async () => {
    const printer = createElectronPrinter({ preload, trusted: new TrustedContents() });
    await printer.printToPdf(packUrl, { paper: 'letter', landscape: true });
    expect(lastWindow().webContents.printToPDF).toHaveBeenCalledWith(
      expect.objectContaining({ pageSize: 'Letter', landscape: true }),
    );
  });

  it('waits for the page to mark itself ready', async () => {
    const printer = createElectronPrinter({ preload, trusted: new TrustedContents() });
    const pending = printer.printToPdf(packUrl, { paper: 'a4' });
    const window = lastWindow();
    let waits = 0;
    window.webContents.executeJavaScript.mockImplementation(async (code: string) => {
      expect(code).toContain(PRINT_READY_ATTRIBUTE);
      waits += 1;
      return waits >= 3;
    });
    await pending;
    expect(waits).toBe(3);
    expect(window.webContents.printToPDF).toHaveBeenCalledTimes(1);
  });

  it('is told by the page the moment it is ready, rather than polling it', async () => {
    const printer = createElectronPrinter({ preload, trusted: new TrustedContents() });
    const pending = printer.printToPdf(packUrl, { paper: 'a4' });
    const window = lastWindow();
    const waits: string[] = [];
    window.webContents.executeJavaScript.mockImplementation(async (code: string) => {
      waits.push(code);
      return true;
    });
    await pending;
    // One wait, inside the page, on a change of the ready mark; a slice of at most one second.
    expect(waits).toHaveLength(1);
    expect(waits[0]).toContain('MutationObserver');
    expect(waits[0]).toContain(`attributeFilter: [${JSON.stringify(PRINT_READY_ATTRIBUTE)}]`);
    expect(Number(/\}, (\d+)\);\s*\}\)$/.exec(waits[0] ?? '')?.[1])).toBeLessThanOrEqual(1000);
  });

  it('gives up, and still closes the window, when the page never gets ready', async () => {
    const printer = createElectronPrinter({
      preload,
      trusted: new TrustedContents(),
      readyTimeoutMs: 250,
    });
    const pending = printer.printToPdf(packUrl, { paper: 'a4' });
    const window = lastWindow();
    window.webContents.executeJavaScript.mockResolvedValue(false);
    await expect(pending).rejects.toThrow(/did not finish loading/);
    expect(window.webContents.printToPDF).not.toHaveBeenCalled();
    expect(window.isDestroyed()).toBe(true);
  });

  it('prints only pages of the app', async () => {
    const printer = createElectronPrinter({ preload, trusted: new TrustedContents() });
    for (const url of ['https://example.com/', 'file:///etc/passwd', 'app://evil/index.html']) {
      await expect(printer.printToPdf(url, { paper: 'a4' })).rejects.toThrow(
        /Only pages of the app/,
      );
    }
    expect(FakeBrowserWindow.all).toEqual([]);
  });

  it('close() destroys windows still printing and refuses later prints', async () => {
    const printer = createElectronPrinter({
      preload,
      trusted: new TrustedContents(),
      readyTimeoutMs: 5_000,
    });
    const pending = printer.printToPdf(packUrl, { paper: 'a4' });
    const window = lastWindow();
    window.webContents.executeJavaScript.mockResolvedValue(false);
    await printer.close();
    expect(window.isDestroyed()).toBe(true);
    await expect(printer.printToPdf(packUrl, { paper: 'a4' })).rejects.toThrow(/closed/);
    await expect(pending).rejects.toThrow(/closed before the page was ready/);
  });
});
