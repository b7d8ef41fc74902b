import { describe, expect, it } from 'vitest';
import { isSaveKind, suggestedFileName, withExtension } from '../../electron/main/file-dialogs.ts';
import { parseWorkbookChanged, windowTitle } from '../../electron/main/workbook-changed.ts';

describe('what the renderer may tell the shell', () => {
  it('suggests only a bare file name, with the right extension', () => {
    expect(suggestedFileName('Q3 pack', 'pdf')).toBe('Q3 pack.pdf');
    expect(suggestedFileName('Q3 pack.PDF', 'pdf')).toBe('Q3 pack.PDF');
    expect(suggestedFileName('/etc/cron.d/evil', 'csv')).toBe('evil.csv');
    expect(suggestedFileName('..\\..\\Windows\\evil', 'json')).toBe('evil.json');
    expect(suggestedFileName('a\0b<c>:d|e?f*g"h', 'ics')).toBe('abcdefgh.ics');
    expect(suggestedFileName('', 'workbook')).toBe('Untitled.pwb');
    expect(suggestedFileName(42, 'png')).toBe('Untitled.png');
    expect(suggestedFileName('x'.repeat(500), 'svg')).toHaveLength(124);
  });

  it('adds the extension a Linux save dialog leaves out', () => {
    expect(withExtension('/home/a/pack', 'pdf')).toBe('/home/a/pack.pdf');
    expect(withExtension('/home/a/pack.pdf', 'pdf')).toBe('/home/a/pack.pdf');
  });

  it('knows the save kinds of the ShellBridge and nothing else', () => {
    for (const kind of ['workbook', 'pdf', 'csv', 'json', 'ics', 'png', 'svg'])
      expect(isSaveKind(kind)).toBe(true);
    for (const kind of ['exe', 'toString', '__proto__', '', null, 1])
      expect(isSaveKind(kind)).toBe(false);
  });

  it('accepts a workbook change only with an absolute path and sane sizes', () => {
    expect(parseWorkbookChanged({ title: ' Contoso ', path: '/d/c.pwb' })).toEqual({
      title: 'Contoso',
      path: '/d/c.pwb',
    });
    expect(parseWorkbookChanged(null)).toBeNull();
    for (const raw of [
      undefined,
      'x',
      { title: 'x' },
      { title: 1, path: '/a' },
      { title: 'x', path: 'a.pwb' },
      { title: 'x'.repeat(501), path: '/a' },
      { title: 'x', path: '/a\0' },
    ]) {
      expect(parseWorkbookChanged(raw)).toBeUndefined();
    }
  });

  it('titles the window after the workbook, or its file name', () => {
    expect(windowTitle({ title: 'Contoso', path: '/d/c.pwb' })).toBe(
      'Contoso — Partnership Workbook',
    );
    expect(windowTitle({ title: '', path: '/d/c.pwb' })).toBe('c.pwb — Partnership Workbook');
    expect(windowTitle(null)).toBe('Partnership Workbook');
  });
});
