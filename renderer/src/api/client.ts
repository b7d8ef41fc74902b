import type {
  ApiError,
  Envelope,
  MethodInput,
  MethodName,
  MethodOutput,
  ShellBridge,
  WorkbookBridge,
} from '../../../shared/contract/index.ts';

declare global {
  interface Window {
    workbook?: WorkbookBridge;
    workbookShell?: ShellBridge;
  }
}

/** A failed call, carrying the backend's code and per-field messages for forms. */
export class ApiCallError extends Error {
  readonly code: ApiError['code'];
  readonly fields: Record<string, string>;

  constructor(error: ApiError) {
    super(error.message);
    this.name = 'ApiCallError';
    this.code = error.code;
    this.fields = error.fields ?? {};
  }
}

const TOKEN_KEY = 'pwb.token';

/** The browser host puts its launch token in the URL fragment; keep it for this tab and clean the address bar. */
function takeLaunchToken(): string | null {
  const match = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(window.location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, match[1]);
    const rest = window.location.hash
      .replace(/(^#|&)token=[A-Za-z0-9_-]+/, '$1')
      .replace(/^#&?$/, '');
    history.replaceState(null, '', window.location.pathname + window.location.search + rest);
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

type Transport = (method: string, input: unknown) => Promise<Envelope<unknown>>;

function httpTransport(): Transport {
  const token = takeLaunchToken();
  return async (method, input) => {
    let response: Response;
    try {
      response = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-PWB-Token': token ?? '' },
        body: JSON.stringify(input ?? {}),
      });
    } catch {
      return {
        ok: false,
        error: {
          code: 'io',
          message: 'The app server is not answering. Is `npm run serve` still running?',
        },
      };
    }
    return (await response.json()) as Envelope<unknown>;
  };
}

function bridgeTransport(bridge: WorkbookBridge): Transport {
  return (method, input) => {
    const fn = (bridge as unknown as Record<string, (i: unknown) => Promise<Envelope<unknown>>>)[
      method
    ];
    if (!fn)
      return Promise.resolve({
        ok: false,
        error: { code: 'unknown_method', message: `Unknown method ${method}` },
      });
    return fn(input);
  };
}

const transport: Transport = window.workbook ? bridgeTransport(window.workbook) : httpTransport();

export const isDesktop = Boolean(window.workbookShell);
export const shell: ShellBridge | undefined = window.workbookShell;

/** Calls a backend method; resolves with its value or rejects with an ApiCallError. */
export async function call<M extends MethodName>(
  method: M,
  input: MethodInput<M>,
): Promise<MethodOutput<M>> {
  const result = await transport(method, input);
  if (!result.ok) throw new ApiCallError(result.error);
  return result.value as MethodOutput<M>;
}
