import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { ApiError } from '../../shared/contract/index.ts';
import type { Backend } from '../backend/backend.ts';
import { RENDERER_CSP } from '../backend/csp.ts';
import type { PdfPrinter } from '../backend/printer.ts';
import { createChromiumPrinter } from './chromium-printer.ts';

export interface HostOptions {
  backend: Backend;
  staticDir: string;
  port?: number;
  /** Fixed only in tests; otherwise a fresh random token per launch. */
  token?: string;
  /** Give the backend a headless-Chromium printer for its own pages (default true). */
  printing?: boolean;
}

export interface RunningHost {
  url: string;
  /** The URL to open: carries the token in the fragment, which browsers never send to the server. */
  launchUrl: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 32 * 1024 * 1024;
const mimeTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

const securityHeaders = {
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, {
    ...securityHeaders,
    'Content-Type': 'application/json',
    'Cache-Control': 'no-store',
  });
  res.end(JSON.stringify(body));
}

function refuse(res: ServerResponse, status: number, error: ApiError): void {
  sendJson(res, status, { ok: false, error });
}

function tokensEqual(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error('too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The browser host: the built renderer plus the backend's router at POST /api/<method>, on 127.0.0.1 only. */
export async function startHost(options: HostOptions): Promise<RunningHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const staticRoot = resolve(options.staticDir);
  let port = 0;

  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const allowedOrigins = () => new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);

  const handleApi = async (
    req: IncomingMessage,
    res: ServerResponse,
    method: string,
  ): Promise<void> => {
    if (req.method !== 'POST')
      return refuse(res, 405, { code: 'invalid_input', message: 'Use POST.' });
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedOrigins().has(origin)) {
      return refuse(res, 403, {
        code: 'invalid_input',
        message: 'Calls from other origins are refused.',
      });
    }
    const given = req.headers['x-pwb-token'];
    if (typeof given !== 'string' || !tokensEqual(given, token)) {
      return refuse(res, 401, { code: 'invalid_input', message: 'Missing or wrong launch token.' });
    }
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      return refuse(res, 415, { code: 'invalid_input', message: 'Send JSON.' });
    }
    let input: unknown;
    try {
      const body = await readBody(req);
      input = body ? JSON.parse(body) : {};
    } catch {
      return refuse(res, 400, {
        code: 'invalid_input',
        message: 'The request body is not valid JSON.',
      });
    }
    sendJson(res, 200, await options.backend.call(method, input));
  };

  const serveStatic = (req: IncomingMessage, res: ServerResponse, pathname: string): void => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, securityHeaders).end();
      return;
    }
    const candidate = resolve(join(staticRoot, normalize(decodeURIComponent(pathname))));
    const inside = candidate === staticRoot || candidate.startsWith(staticRoot + sep);
    const isFile = inside && existsSync(candidate) && statSync(candidate).isFile();
    // Unknown paths are client-side routes: serve the app shell.
    const file = isFile ? candidate : join(staticRoot, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(503, { ...securityHeaders, 'Content-Type': 'text/plain' });
      res.end('The renderer is not built. Run: npm run build:renderer');
      return;
    }
    const type = mimeTypes[extname(file)] ?? 'application/octet-stream';
    const headers: Record<string, string> = { ...securityHeaders, 'Content-Type': type };
    if (type.startsWith('text/html')) {
      headers['Content-Security-Policy'] = RENDERER_CSP;
      headers['Cache-Control'] = 'no-store';
    } else {
      headers['Cache-Control'] = 'public, max-age=31536000, immutable';
    }
    res.writeHead(200, headers);
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  };

  const server: Server = createServer((req, res) => {
    // DNS-rebinding guard: only our own host names reach anything.
    if (!allowedHosts().has(req.headers.host ?? '')) {
      refuse(res, 403, { code: 'invalid_input', message: 'Unknown host.' });
      return;
    }
    let pathname: string;
    try {
      pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    } catch {
      refuse(res, 400, { code: 'invalid_input', message: 'Bad URL.' });
      return;
    }
    if (pathname.startsWith('/api/')) {
      handleApi(req, res, pathname.slice('/api/'.length)).catch((error: unknown) => {
        console.error('[host]', error);
        if (!res.headersSent)
          refuse(res, 500, { code: 'internal', message: 'The host failed to answer.' });
      });
      return;
    }
    serveStatic(req, res, pathname);
  });

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolveListen());
  });
  port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}/`;
  let printer: PdfPrinter | null = null;
  if (options.printing ?? true) {
    printer = createChromiumPrinter();
    // The print page carries the token like the launch URL, after its own query.
    options.backend.setPrintService({
      printer,
      pageUrl: (hashPath) => `${url}#${hashPath}&token=${token}`,
    });
  }
  return {
    url,
    launchUrl: `${url}#token=${token}`,
    port,
    token,
    close: async () => {
      if (printer) {
        options.backend.setPrintService(null);
        await printer.close();
      }
      await new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      });
    },
  };
}
