import { dialog, shell, type BrowserWindow, type WebContents } from 'electron';
import { createExternalLinkOpener, decideExternalLink } from './open-external.ts';

/** The confirmation and the opening, with Electron's dialog and shell. */
export function electronExternalLinkOpener(parent: BrowserWindow) {
  return createExternalLinkOpener({
    async confirm(url, host) {
      const answer = await dialog.showMessageBox(parent, {
        type: 'question',
        buttons: ['Cancel', 'Open in browser'],
        defaultId: 0,
        cancelId: 0,
        noLink: true,
        message: `Open this link in your web browser?`,
        detail: `${url}\n\nIt leads to ${host}, outside Partnership Workbook.`,
      });
      return answer.response === 1;
    },
    open: (url) => shell.openExternal(url),
  });
}

/**
 * Links that try to open a window or navigate away are still refused in the app (denyNavigation);
 * an https link to a public host is additionally offered to the user's browser, after a yes.
 */
export function offerExternalLinks(contents: WebContents, parent: BrowserWindow): void {
  const open = electronExternalLinkOpener(parent);
  const offer = (url: string) => {
    if (!decideExternalLink(url).allowed) return;
    open(url).catch((error: unknown) => console.error('[shell] external link:', error));
  };
  contents.setWindowOpenHandler(({ url }) => {
    offer(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event, url) => {
    event.preventDefault();
    offer(url);
  });
}
