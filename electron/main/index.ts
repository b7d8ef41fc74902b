// The Electron main process: lifecycle only. Everything it wires up lives in the neighbouring files.
import { app, dialog, protocol } from 'electron';
import { APP_SCHEME } from './app-protocol-path.ts';
import { workbookPathFrom, workbookPathFromArgv } from './open-file-args.ts';
import { startShell, type Shell } from './shell.ts';

// Only before 'ready' can app:// become a standard, secure scheme: a real origin for storage, fetch
// and CSP 'self', instead of file:// and its extra privileges. No corsEnabled: the page only loads
// from its own origin, and without it no other origin can read app:// responses. No bypassCSP.
protocol.registerSchemesAsPrivileged([
  {
    scheme: APP_SCHEME,
    privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
  },
]);

function fail(error: unknown): void {
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  console.error('[shell] startup failed:', error);
  dialog.showErrorBox('Partnership Workbook cannot start', detail);
  app.quit();
}

// One process owns the workbook files and their locks: a second launch hands its file to the first.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let shell: Shell | null = null;
  const pending: string[] = [];
  const open = (path: string): void => {
    if (shell) shell.openWorkbook(path);
    else pending.push(path);
  };

  const first = workbookPathFromArgv(process.argv, process.cwd());
  if (first) pending.push(first);

  app.on('second-instance', (_event, argv, workingDirectory) => {
    shell?.focus();
    const path = workbookPathFromArgv(argv, workingDirectory);
    if (path) open(path);
  });
  // macOS delivers double-clicked files here, possibly before 'ready'.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    const workbook = workbookPathFrom(path, process.cwd());
    if (!workbook) return;
    shell?.focus();
    open(workbook);
  });
  app.on('activate', () => shell?.focus());
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app
    .whenReady()
    .then(async () => {
      shell = await startShell();
      for (const path of pending.splice(0)) shell?.openWorkbook(path);
    })
    .catch(fail);
}
