import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { RENDERER_CSP } from '../backend/csp.ts';
import { resolveAppPath } from './app-protocol-path.ts';

const mimeTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

/** Sent with every app:// response, errors included: the CSP is the renderer's last line of defence. */
export const appResponseHeaders: Readonly<Record<string, string>> = {
  'Content-Security-Policy': RENDERER_CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-cache',
};

function respond(
  status: number,
  body: Buffer | string | null,
  contentType = 'text/plain; charset=utf-8',
): Response {
  const payload = typeof body === 'string' ? body : body === null ? null : new Uint8Array(body);
  return new Response(payload, {
    status,
    headers: { ...appResponseHeaders, 'Content-Type': contentType },
  });
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** The app:// handler (for protocol.handle): the built renderer, read-only, with an SPA fallback. */
export function createAppProtocolHandler(
  rendererDir: string,
): (request: Request) => Promise<Response> {
  const root = resolve(rendererDir);
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return respond(405, 'Method not allowed');
    const resolved = resolveAppPath(request.url, root);
    if (!resolved.ok)
      return respond(resolved.status, resolved.status === 400 ? 'Bad request' : 'Not found');

    let file = resolved.filePath;
    if (!(await isFile(file))) {
      if (!resolved.spaFallback) return respond(404, 'Not found');
      file = join(root, 'index.html');
    }
    try {
      const body = await readFile(file);
      const type = mimeTypes[extname(file).toLowerCase()] ?? 'application/octet-stream';
      return respond(200, request.method === 'HEAD' ? null : body, type);
    } catch {
      return respond(404, 'Not found');
    }
  };
}
