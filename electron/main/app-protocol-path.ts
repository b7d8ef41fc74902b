import { extname, join, resolve, sep } from 'node:path';

/** The renderer is served from app://app/ — a standard, secure scheme, so it gets an origin and storage. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

const MAX_URL_LENGTH = 2048;

export type AppPathResolution =
  | {
      ok: true;
      /** Absolute path inside the root. */
      filePath: string;
      /** No file extension: a client-side route, answered with index.html when no such file exists. */
      spaFallback: boolean;
    }
  | { ok: false; status: 400 | 404 };

/** Whether a URL (as Electron reports a frame's or request's URL) belongs to our app:// origin. */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    // Node's URL gives non-special schemes an opaque "null" origin, so compare the parts.
    return (
      parsed.protocol === `${APP_SCHEME}:` &&
      parsed.host === APP_HOST &&
      parsed.username === '' &&
      parsed.password === ''
    );
  } catch {
    return false;
  }
}

function decodeSegment(raw: string): string | null {
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

/**
 * Maps an app:// request URL to a file under root. Works on the raw URL text rather than trusting
 * any earlier normalisation: every path segment is decoded on its own and refused if it could
 * climb out (`..`, encoded or not), smuggle a separator (`%2F`, `%5C`, `\`), name a drive or
 * stream (`:`), carry a NUL, or is a dotfile; the joined result must still sit inside root.
 */
export function resolveAppPath(requestUrl: string, root: string): AppPathResolution {
  if (requestUrl.length > MAX_URL_LENGTH) return { ok: false, status: 400 };
  const prefix = `${APP_ORIGIN}/`;
  if (requestUrl.toLowerCase() !== APP_ORIGIN && !requestUrl.toLowerCase().startsWith(prefix)) {
    return { ok: false, status: 404 };
  }
  const rawPath = requestUrl.slice(APP_ORIGIN.length).split(/[?#]/, 1)[0] ?? '';

  const segments: string[] = [];
  for (const raw of rawPath.split('/')) {
    if (raw === '') continue;
    const segment = decodeSegment(raw);
    if (segment === null || raw.includes('\\')) return { ok: false, status: 400 };
    if (segment.startsWith('.') || /[/\\:\0]/.test(segment) || segment.trim() !== segment) {
      return { ok: false, status: 404 };
    }
    segments.push(segment);
  }

  const base = resolve(root);
  if (segments.length === 0)
    return { ok: true, filePath: join(base, 'index.html'), spaFallback: false };
  const filePath = resolve(base, ...segments);
  if (!filePath.startsWith(base + sep)) return { ok: false, status: 404 };
  return { ok: true, filePath, spaFallback: extname(filePath) === '' };
}
