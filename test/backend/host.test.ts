import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startHost, type RunningHost } from '../../electron/host/server.ts';
import { RENDERER_CSP } from '../../electron/backend/csp.ts';
import { makeBackend } from '../fixtures/backend.ts';
import { useTempDirs } from '../fixtures/temp.ts';

const tempDir = useTempDirs();
const hosts: RunningHost[] = [];
afterEach(async () => {
  for (const h of hosts.splice(0)) await h.close();
});

async function start(): Promise<RunningHost> {
  const dir = tempDir();
  const staticDir = join(dir, 'renderer');
  mkdirSync(join(staticDir, 'assets'), { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(dir, 'secret.txt'), 'top secret');
  const host = await startHost({ backend: makeBackend(dir), staticDir });
  hosts.push(host);
  return host;
}

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** Raw HTTP, so the Host and Origin headers can be forged as an attacker's page or DNS rebinding would. */
function send(
  host: RunningHost,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: host.port,
        path,
        method: options.method ?? 'GET',
        headers: options.headers,
      },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const api = (host: RunningHost, extra: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json', 'X-PWB-Token': host.token, ...extra },
  body: '{}',
});

describe('the browser host', () => {
  it('binds to 127.0.0.1 and prints a launch URL that carries the token in the fragment', async () => {
    const host = await start();
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/`);
    expect(host.launchUrl).toBe(`${host.url}#token=${host.token}`);
    expect(host.token.length).toBeGreaterThanOrEqual(32);
  });

  it('answers a call with the token from our own origin', async () => {
    const host = await start();
    const reply = await send(
      host,
      '/api/workbook.current',
      api(host, { Origin: `http://127.0.0.1:${host.port}` }),
    );
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({ ok: true, value: null });
  });

  it('refuses a call without the token, or with a wrong one', async () => {
    const host = await start();
    const missing = await send(host, '/api/workbook.current', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(missing.status).toBe(401);
    expect(JSON.parse(missing.body)).toMatchObject({
      ok: false,
      error: { message: 'Missing or wrong launch token.' },
    });
    const wrong = await send(
      host,
      '/api/workbook.current',
      api(host, { 'X-PWB-Token': 'x'.repeat(host.token.length) }),
    );
    expect(wrong.status).toBe(401);
  });

  it('refuses a call from another origin even with the token', async () => {
    const host = await start();
    const reply = await send(
      host,
      '/api/workbook.current',
      api(host, { Origin: 'http://evil.example' }),
    );
    expect(reply.status).toBe(403);
    expect(JSON.parse(reply.body)).toMatchObject({
      ok: false,
      error: { message: 'Calls from other origins are refused.' },
    });
  });

  it('refuses a request whose Host header is not ours (DNS rebinding)', async () => {
    const host = await start();
    const reply = await send(
      host,
      '/api/workbook.current',
      api(host, { Host: `evil.example:${host.port}` }),
    );
    expect(reply.status).toBe(403);
    const page = await send(host, '/', { headers: { Host: 'evil.example' } });
    expect(page.status).toBe(403);
  });

  it('refuses form posts that are not JSON and GET calls', async () => {
    const host = await start();
    const form = await send(host, '/api/workbook.current', {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain', 'X-PWB-Token': host.token },
      body: '{}',
    });
    expect(form.status).toBe(415);
    const get = await send(host, '/api/workbook.current');
    expect(get.status).toBe(405);
  });

  it('serves the renderer with a strict CSP and never a file outside it', async () => {
    const host = await start();
    const index = await send(host, '/');
    expect(index.status).toBe(200);
    expect(index.headers['content-security-policy']).toBe(RENDERER_CSP);
    expect(index.headers['x-frame-options']).toBe('DENY');
    const asset = await send(host, '/assets/app.js');
    expect(asset.body).toBe('console.log(1)');
    for (const path of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/%2e%2e/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
    ]) {
      const reply = await send(host, path);
      expect(reply.body, path).not.toContain('top secret');
    }
  });

  it('answers bad JSON with a clear error', async () => {
    const host = await start();
    const reply = await send(host, '/api/workbook.current', { ...api(host), body: '{nope' });
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body)).toMatchObject({
      ok: false,
      error: { message: 'The request body is not valid JSON.' },
    });
  });
});
