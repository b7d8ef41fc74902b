import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { workbookPathFrom, workbookPathFromArgv } from '../../electron/main/open-file-args.ts';

const cwd = resolve('/home/ana/Documents');

describe('workbook paths handed over by the OS', () => {
  it('finds the workbook on a packaged command line', () => {
    expect(workbookPathFromArgv(['/opt/Partnership Workbook/pwb', '/data/Contoso.pwb'], cwd)).toBe(
      '/data/Contoso.pwb',
    );
  });

  it('skips the development app path and Chromium switches', () => {
    const argv = [
      '/usr/bin/electron',
      '.',
      '--allow-file-access-from-files',
      'client.PWB',
      '--original-process-start-time=1',
    ];
    expect(workbookPathFromArgv(argv, cwd)).toBe(resolve(cwd, 'client.PWB'));
  });

  it('takes the last workbook when several are given', () => {
    expect(workbookPathFromArgv(['app', '/a.pwb', '/b.pwb'], cwd)).toBe('/b.pwb');
  });

  it('ignores the executable itself and anything that is not a workbook', () => {
    expect(workbookPathFromArgv(['/tmp/weird.pwb'], cwd)).toBeNull();
    expect(
      workbookPathFromArgv(['app', 'notes.txt', '--flag=x.pwb', '-psn_0_12345'], cwd),
    ).toBeNull();
    expect(workbookPathFromArgv([], cwd)).toBeNull();
  });

  it('accepts file:// URLs from Linux desktop entries', () => {
    const path = '/home/ana/My Files/Contoso.pwb';
    expect(workbookPathFrom(pathToFileURL(path).href, cwd)).toBe(path);
    expect(workbookPathFrom('file://remote-host/share/a.pwb', cwd)).toBeNull();
  });

  it('refuses NUL bytes', () => {
    expect(workbookPathFrom('/data/a\0.pwb', cwd)).toBeNull();
  });
});
