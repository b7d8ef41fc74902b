import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { build, type Plugin } from 'esbuild';

export const repoRoot = resolve(import.meta.dirname, '..', '..');

export const childEntries = {
  crash: join(repoRoot, 'test', 'reliability', 'children', 'crash-child.ts'),
  holder: join(repoRoot, 'test', 'reliability', 'children', 'holder-child.ts'),
} as const;
export type ChildName = keyof typeof childEntries;

/**
 * pdf.js (used only to read printed packs) takes ~0.5 s to import, which would dominate a child
 * that is killed within a second; the children never print, so it is replaced by a stub that
 * throws if called.
 */
const withoutPdfJs: Plugin = {
  name: 'without-pdfjs',
  setup(builder) {
    builder.onResolve({ filter: /^pdfjs-dist(\/|$)/ }, (args) => ({
      path: args.path,
      namespace: 'pdfjs-stub',
    }));
    builder.onLoad({ filter: /.*/, namespace: 'pdfjs-stub' }, () => ({
      contents:
        "export function getDocument() { throw new Error('pdf.js is not loaded in reliability test children'); }",
      loader: 'js',
    }));
  },
};

/**
 * Bundles the child scripts (and the backend they drive) once into plain .mjs files, so each child
 * process starts in plain Node without a TypeScript loader. better-sqlite3 (native) stays external
 * and loads from the repository's node_modules, which is why the output lives under
 * node_modules/.cache rather than the system temp dir.
 */
export async function bundleChildren(): Promise<Record<ChildName, string> & { dispose(): void }> {
  const cache = join(repoRoot, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const outdir = mkdtempSync(join(cache, 'pwb-reliability-'));
  await build({
    entryPoints: childEntries,
    outdir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    // Everything else is bundled: resolving zod's and drizzle's many files costs more than parsing one.
    external: ['better-sqlite3'],
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'error',
    plugins: [withoutPdfJs],
  });
  return {
    crash: join(outdir, 'crash.mjs'),
    holder: join(outdir, 'holder.mjs'),
    dispose: () => rmSync(outdir, { recursive: true, force: true }),
  };
}

/** Runs a bundled child in plain Node; with maxFileBytes, under an RLIMIT_FSIZE (a disk that fills up). */
export function startChild(
  script: string,
  args: string[],
  options: { maxFileBytes?: number } = {},
): ChildProcess {
  const command = [process.execPath, script, ...args];
  if (options.maxFileBytes !== undefined)
    command.unshift('prlimit', `--fsize=${options.maxFileBytes}`, '--');
  const [file = process.execPath, ...rest] = command;
  return spawn(file, rest, { stdio: ['pipe', 'pipe', 'pipe'] });
}

/** The child's stdout as JSON lines, read one at a time; pending reads fail if the child exits. */
export function jsonLines(child: ChildProcess): { next<T>(): Promise<T> } {
  const lines: string[] = [];
  const waiting: { resolve: (line: string) => void; reject: (error: Error) => void }[] = [];
  let stderr = '';
  let ended: Error | null = null;
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  if (child.stdout) {
    createInterface({ input: child.stdout }).on('line', (line) => {
      const reader = waiting.shift();
      if (reader) reader.resolve(line);
      else lines.push(line);
    });
  }
  child.once('exit', (code, signal) => {
    ended = new Error(`child exited (${code ?? signal})\n${stderr}`);
    for (const reader of waiting.splice(0)) reader.reject(ended);
  });
  return {
    async next<T>(): Promise<T> {
      const buffered = lines.shift();
      const line =
        buffered ??
        (await new Promise<string>((resolve, reject) => {
          if (ended) reject(ended);
          else waiting.push({ resolve, reject });
        }));
      try {
        return JSON.parse(line) as T;
      } catch {
        throw new Error(`child said: ${line}\n${stderr}`);
      }
    },
  };
}

export function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((done) => child.once('exit', (code) => done(code)));
}
