/**
 * Which links may leave the app for the user's browser. Only https, only a named public host, no
 * credentials, no local or private address: a link in a workbook is user data, and shell.openExternal
 * hands it to whatever the operating system associates with the scheme (file:, smb:, custom URL
 * handlers), so anything else is refused. Allowed links still open only after the user confirms.
 */
export type ExternalLinkDecision =
  { allowed: true; url: string; host: string } | { allowed: false; reason: string };

const MAX_URL_LENGTH = 2048;

function isPrivateHost(host: string): boolean {
  const name = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (name === 'localhost' || name.endsWith('.localhost') || name.endsWith('.local')) return true;
  const v4 = /^(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(name);
  if (v4) {
    const [a = 0, b = 0] = v4.slice(1, 3).map(Number);
    return (
      a === 0 ||
      a === 10 ||
      a === 127 ||
      (a === 100 && b >= 64 && b <= 127) ||
      (a === 169 && b === 254) ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      a >= 224
    );
  }
  if (name.includes(':'))
    return (
      name === '::' ||
      name === '::1' ||
      /^f[cd]/.test(name) ||
      /^fe[89ab]/.test(name) ||
      name.startsWith('::ffff:')
    );
  return !name.includes('.');
}

export function decideExternalLink(raw: unknown): ExternalLinkDecision {
  if (typeof raw !== 'string' || raw.length === 0) return { allowed: false, reason: 'not a link' };
  if (raw.length > MAX_URL_LENGTH) return { allowed: false, reason: 'the link is too long' };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { allowed: false, reason: 'not a valid web address' };
  }
  if (url.protocol !== 'https:')
    return {
      allowed: false,
      reason: `only https links open outside the app (not ${url.protocol})`,
    };
  if (url.username || url.password)
    return { allowed: false, reason: 'the link carries a user name or password' };
  if (!url.hostname || isPrivateHost(url.hostname))
    return { allowed: false, reason: 'the link points to this computer or a private network' };
  // The normalised form shows the real host (punycode for look-alike letters) in the confirmation.
  return { allowed: true, url: url.href, host: url.host };
}

export interface ExternalLinkPorts {
  /** Asks the user; resolves true only on an explicit yes. */
  confirm(url: string, host: string): Promise<boolean>;
  open(url: string): Promise<void>;
}

export type ExternalLinkOutcome = 'opened' | 'declined' | 'refused';

/** The one path from a link in the app to the user's browser: decision, confirmation, then open. */
export function createExternalLinkOpener(ports: ExternalLinkPorts) {
  return async (raw: unknown): Promise<ExternalLinkOutcome> => {
    const decision = decideExternalLink(raw);
    if (!decision.allowed) return 'refused';
    if (!(await ports.confirm(decision.url, decision.host))) return 'declined';
    await ports.open(decision.url);
    return 'opened';
  };
}
