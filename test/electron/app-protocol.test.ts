import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RENDERER_CSP } from '../../electron/backend/csp.ts';
import { createAppProtocolHandler } from '../../electron/main/app-protocol.ts';
import { useTempDirs } from '../fixtures/temp.ts';

const tempDir = useTempDirs();

/** A built renderer in dir/renderer, and a secret next to it that must never be served. */
function site(): (url: string, method?: string) => Promise<Response> {
  const dir = tempDir();
  const renderer = join(dir, 'renderer');
  mkdirSync(join(renderer, 'assets'), { recursive: true });
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>PW</title>');
  writeFileSync(join(renderer, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(renderer, 'assets', 'app.css'), 'body{}');
  writeFileSync(join(dir, 'secret.txt'), 'TOP SECRET');
  const handler = createAppProtocolHandler(renderer);
  return (url, method = 'GET') => handler(new Request(url, { method }));
}

describe('app:// responses', () => {
  it('serves the entry page and assets with the renderer CSP and the right types', async () => {
    const get = site();
    const page = await get('app://app/index.html');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(RENDERER_CSP);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toContain('<title>PW</title>');

    const script = await get('app://app/assets/app.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('content-security-policy')).toBe(RENDERER_CSP);
    expect((await get('app://app/assets/app.css')).headers.get('content-type')).toBe(
      'text/css; charset=utf-8',
    );
  });

  it('the CSP forbids inline and eval script, plugins, framing and foreign connections', () => {
    expect(RENDERER_CSP).toContain("default-src 'self'");
    expect(RENDERER_CSP).toContain("script-src 'self'");
    expect(RENDERER_CSP).not.toContain('unsafe-eval');
    expect(RENDERER_CSP).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(RENDERER_CSP).toContain("object-src 'none'");
    expect(RENDERER_CSP).toContain("frame-ancestors 'none'");
    expect(RENDERER_CSP).toContain("connect-src 'self'");
  });

  it('answers client-side routes with index.html, but missing assets with 404', async () => {
    const get = site();
    const route = await get('app://app/partners/12');
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('<title>PW</title>');
    const missing = await get('app://app/assets/missing.js');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-security-policy')).toBe(RENDERER_CSP);
  });

  it.each([
    'app://app/../secret.txt',
    'app://app/%2e%2e/secret.txt',
    'app://app/%2e%2e%2fsecret.txt',
    'app://app/assets%2F..%2F..%2Fsecret.txt',
    'app://app/..%5csecret.txt',
    'app://app/assets/..%5c..%5csecret.txt',
    'app://app/%00secret.txt',
    'app://app/index.html%00.js',
    'app://evil/secret.txt',
  ])('never serves a file outside the renderer folder: %s', async (url) => {
    const response = await site()(url);
    const body = await response.text();
    expect(body).not.toContain('TOP SECRET');
    expect(response.headers.get('content-security-policy')).toBe(RENDERER_CSP);
  });

  it('refuses writes and serves HEAD without a body', async () => {
    const get = site();
    expect((await get('app://app/index.html', 'POST')).status).toBe(405);
    const head = await get('app://app/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});
