import { join, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, isAppUrl, resolveAppPath } from '../../electron/main/app-protocol-path.ts';

const root = resolve('/srv/pwb/out/renderer');

describe('resolveAppPath', () => {
  it.each([
    ['app://app', 'index.html', false],
    ['app://app/', 'index.html', false],
    ['app://app/index.html', 'index.html', false],
    ['app://app/assets/index-abc123.js', join('assets', 'index-abc123.js'), false],
    ['app://app/assets/index.css?v=2#x', join('assets', 'index.css'), false],
    ['app://app/fonts/Inter%20Regular.woff2', join('fonts', 'Inter Regular.woff2'), false],
    ['app://app//assets//app.js', join('assets', 'app.js'), false],
    ['app://app/partners/42', join('partners', '42'), true],
    ['app://app/report', 'report', true],
  ])('serves %s from inside the renderer folder', (url, relative, spaFallback) => {
    expect(resolveAppPath(url, root)).toEqual({
      ok: true,
      filePath: join(root, relative),
      spaFallback,
    });
  });

  it.each([
    'app://app/../../etc/passwd',
    'app://app/..',
    'app://app/assets/../../../etc/passwd',
    'app://app/%2e%2e/%2e%2e/etc/passwd',
    'app://app/%2E%2E/secret',
    'app://app/.%2e/secret',
    'app://app/%2e%2e%2fsecret',
    'app://app/assets%2F..%2F..%2Fsecret',
    'app://app/%2Fetc%2Fpasswd',
    'app://app/..%5c..%5cwindows%5cwin.ini',
    'app://app/..%5Csecret',
    'app://app/..\\..\\secret',
    'app://app/assets\\..\\..\\secret',
    'app://app/C:/Windows/win.ini',
    'app://app/C%3A%5CWindows%5Cwin.ini',
    'app://app/%5C%5Cserver%5Cshare',
    'app://app/index.html%00.png',
    'app://app/index.html\0.png',
    'app://app/%00',
    'app://app/.env',
    'app://app/.git/config',
    'app://app/%252e%252e/secret',
    'app://app/%zz',
    'app://app/%',
    'app://app/index.html%20',
    'app://app/file.js::$DATA',
  ])('refuses %s', (url) => {
    const result = resolveAppPath(url, root);
    if (result.ok) {
      // The only acceptable "success" for an odd URL is a path that still sits inside root.
      expect(result.filePath.startsWith(root + sep)).toBe(true);
      expect(url).toMatch(/%252e/);
    } else {
      expect([400, 404]).toContain(result.status);
    }
  });

  it.each([
    '/etc/passwd',
    'file:///etc/passwd',
    'app:///etc/passwd',
    'app://evil/index.html',
    'app://app.evil/index.html',
    'app://app@evil/index.html',
    'app://evil@app/index.html',
    'https://app/index.html',
    'appx://app/index.html',
    '',
  ])('refuses a URL outside app://app: %s', (url) => {
    expect(resolveAppPath(url, root).ok).toBe(false);
  });

  it('refuses absurdly long URLs', () => {
    expect(resolveAppPath(`app://app/${'a/'.repeat(2000)}x.js`, root)).toEqual({
      ok: false,
      status: 400,
    });
  });

  it('never resolves outside root, whatever the segments', () => {
    const pieces = [
      '..',
      '.',
      '%2e%2e',
      '%2E.',
      '%2f',
      '%5c',
      'a',
      'b.js',
      '',
      '%00',
      'C:',
      '~',
      '%7e',
    ];
    for (const a of pieces)
      for (const b of pieces)
        for (const c of pieces) {
          const result = resolveAppPath(`app://app/${a}/${b}/${c}`, root);
          if (result.ok) expect(result.filePath.startsWith(root + sep)).toBe(true);
        }
  });
});

describe('isAppUrl', () => {
  it('accepts our origin only', () => {
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
    expect(isAppUrl('app://app/partners/3#x')).toBe(true);
    for (const url of [
      'app://evil/index.html',
      'app://app.evil/',
      'app://user@app/',
      'https://app/',
      'file:///index.html',
      'about:blank',
      '',
      'not a url',
    ]) {
      expect(isAppUrl(url), url).toBe(false);
    }
  });
});
