import type { BrowserWindow, WebContents } from 'electron';
import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  showMessageBox: vi.fn(async (..._args: unknown[]) => ({ response: 1 })),
  openExternal: vi.fn(async (_url: string) => undefined),
}));
vi.mock('electron', () => ({
  dialog: { showMessageBox: electron.showMessageBox },
  shell: { openExternal: electron.openExternal },
}));

import { createExternalLinkOpener, decideExternalLink } from '../../electron/main/open-external.ts';
import { offerExternalLinks } from '../../electron/main/open-external-electron.ts';

describe('which links may open in the browser', () => {
  it('allows https links to public hosts, normalised so the real host shows', () => {
    expect(decideExternalLink('https://contoso.example/partners?x=1#a')).toEqual({
      allowed: true,
      url: 'https://contoso.example/partners?x=1#a',
      host: 'contoso.example',
    });
    expect(decideExternalLink('HTTPS://Example.COM')).toMatchObject({
      allowed: true,
      url: 'https://example.com/',
    });
    expect(decideExternalLink('https://аpple.com/')).toMatchObject({
      allowed: true,
      host: 'xn--pple-43d.com',
    });
  });

  it.each([
    ['http://example.com/', /only https/],
    ['javascript:alert(1)', /only https/],
    ['file:///etc/passwd', /only https/],
    ['smb://server/share', /only https/],
    ['ms-msdt:/id PCWDiagnostic', /only https/],
    ['app://app/index.html', /only https/],
    ['data:text/html,<script>alert(1)</script>', /only https/],
    ['https://user:secret@example.com/', /user name or password/],
    ['https://localhost:41271/api/workbook.open', /this computer or a private network/],
    ['https://127.0.0.1/', /private network/],
    ['https://[::1]/', /private network/],
    ['https://192.168.1.20/admin', /private network/],
    ['https://10.0.0.1/', /private network/],
    ['https://printer/', /private network/],
    ['not a url', /not a valid web address/],
    [`https://example.com/${'a'.repeat(2100)}`, /too long/],
  ])('refuses %s', (url, reason) => {
    const decision = decideExternalLink(url);
    expect(decision.allowed).toBe(false);
    if (!decision.allowed) expect(decision.reason).toMatch(reason);
  });

  it('refuses anything that is not a string', () => {
    for (const value of [undefined, null, 42, {}, ['https://example.com']])
      expect(decideExternalLink(value).allowed).toBe(false);
  });
});

describe('opening a link', () => {
  it('opens only after the user says yes, and never a refused link', async () => {
    const confirm = vi.fn(async () => true);
    const open = vi.fn(async () => undefined);
    const opener = createExternalLinkOpener({ confirm, open });
    await expect(opener('https://example.com/a')).resolves.toBe('opened');
    expect(confirm).toHaveBeenCalledWith('https://example.com/a', 'example.com');
    expect(open).toHaveBeenCalledWith('https://example.com/a');

    confirm.mockResolvedValueOnce(false);
    await expect(opener('https://example.com/b')).resolves.toBe('declined');
    await expect(opener('file:///etc/passwd')).resolves.toBe('refused');
    expect(open).toHaveBeenCalledTimes(1);
    expect(confirm).toHaveBeenCalledTimes(2);
  });

  it('is what new windows and navigations of the main window lead to: deny in the app, offer to the browser', async () => {
    class Contents extends EventEmitter {
      handler: ((details: { url: string }) => { action: string }) | null = null;
      setWindowOpenHandler(h: (details: { url: string }) => { action: string }) {
        this.handler = h;
      }
    }
    const contents = new Contents();
    const parent = {} as BrowserWindow;
    offerExternalLinks(contents as unknown as WebContents, parent);

    expect(contents.handler?.({ url: 'https://example.com/docs' })).toEqual({ action: 'deny' });
    await vi.waitFor(() =>
      expect(electron.openExternal).toHaveBeenCalledWith('https://example.com/docs'),
    );
    expect(electron.showMessageBox).toHaveBeenCalledWith(
      parent,
      expect.objectContaining({
        buttons: ['Cancel', 'Open in browser'],
        cancelId: 0,
        defaultId: 0,
      }),
    );

    electron.showMessageBox.mockResolvedValueOnce({ response: 0 });
    const event = { preventDefault: vi.fn() };
    contents.emit('will-navigate', event, 'https://example.com/declined');
    expect(event.preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(electron.showMessageBox).toHaveBeenCalledTimes(2));

    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'http://example.com/']) {
      expect(contents.handler?.({ url })).toEqual({ action: 'deny' });
      contents.emit('will-navigate', { preventDefault: vi.fn() }, url);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(electron.showMessageBox).toHaveBeenCalledTimes(2);
    expect(electron.openExternal).toHaveBeenCalledTimes(1);
  });
});
