import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { probeWorkbookFile } from '../../db/probe.ts';
import { defaultMigrationsFolder, readSchemaVersion } from '../../db/migrations-info.ts';
import { rendererBuildDir } from '../backend/paths.ts';
import { createNodeBackend } from './backend-for-node.ts';
import { startHost } from './server.ts';
import { pack } from './cli-pack.ts';
import { generate } from './cli-generate.ts';
import { demo } from './cli-demo.ts';
import { exportJson, importJson } from './cli-exchange.ts';

const usage = `Partnership Workbook command line

Usage:
  pwb serve [--port N] [--workbook FILE] [--data-dir DIR]   the app in your browser, on 127.0.0.1
  pwb new FILE --org NAME --client NAME [--currency EUR]    create a workbook
  pwb check FILE                                            check a workbook (read-only)
  pwb pack FILE --out PACK.pdf [--sections a,b] [--partners 1,2] [--paper a4|letter] [--period YYYY-MM]
                                                            print the governance pack with headless Chromium
  pwb generate FILE [--partners 5000] [--seed 1]            a large deterministic workbook (benchmarks)
  pwb demo FILE [--today YYYY-MM-DD] [--seed N]             a realistic fictional program to explore
  pwb export FILE --json OUT.json                           the whole workbook as versioned JSON
  pwb import IN.json --to NEW.pwb                           a new workbook from a JSON export
  pwb help
`;

type Out = (line: string) => void;

export async function main(
  argv: string[],
  out: Out = console.log,
  err: Out = console.error,
): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'serve':
        return await serve(rest, out, err);
      case 'new':
        return await create(rest, out, err);
      case 'check':
        return check(rest, out, err);
      case 'pack':
        return await pack(rest, out, err);
      case 'generate':
        return await generate(rest, out, err);
      case 'demo':
        return await demo(rest, out, err);
      case 'export':
        return await exportJson(rest, out, err);
      case 'import':
        return await importJson(rest, out, err);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        out(usage);
        return 0;
      default:
        err(`Unknown command "${command}".\n\n${usage}`);
        return 2;
    }
  } catch (error) {
    err(error instanceof Error ? error.message : String(error));
    return 2;
  }
}

async function serve(args: string[], out: Out, err: Out): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      port: { type: 'string' },
      workbook: { type: 'string' },
      'data-dir': { type: 'string' },
    },
  });
  const backend = createNodeBackend(values['data-dir'] ? resolve(values['data-dir']) : undefined);
  if (values.workbook) {
    const opened = await backend.call('workbook.open', { path: resolve(values.workbook) });
    if (!opened.ok) {
      err(opened.error.message);
      return 1;
    }
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    err('--port takes a number from 0 to 65535.');
    return 2;
  }
  const host = await startHost({ backend, staticDir: rendererBuildDir, port });
  out(
    `Partnership Workbook is running at:\n\n  ${host.launchUrl}\n\nOpen that address in your browser. Press Ctrl+C to stop.`,
  );
  await new Promise<void>((done) => {
    const stop = () => {
      void host.close().then(() => {
        backend.close();
        done();
      });
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}

async function create(args: string[], out: Out, err: Out): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      org: { type: 'string' },
      client: { type: 'string' },
      currency: { type: 'string', default: 'EUR' },
      'data-dir': { type: 'string' },
    },
  });
  const file = positionals[0];
  if (!file || !values.org || !values.client) {
    err('Usage: pwb new FILE --org NAME --client NAME [--currency EUR]');
    return 2;
  }
  const backend = createNodeBackend(values['data-dir'] ? resolve(values['data-dir']) : undefined);
  try {
    const result = await backend.call('workbook.create', {
      path: resolve(file),
      orgName: values.org,
      clientName: values.client,
      currency: values.currency,
    });
    if (!result.ok) {
      err(result.error.message);
      return 1;
    }
    out(`Created ${resolve(file)}.`);
    return 0;
  } finally {
    backend.close();
  }
}

function check(args: string[], out: Out, err: Out): number {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  const file = positionals[0];
  if (!file) {
    err('Usage: pwb check FILE');
    return 2;
  }
  const report = probeWorkbookFile(resolve(file), {
    appSchemaVersion: readSchemaVersion(defaultMigrationsFolder),
    deep: true,
  });
  if (!report.ok) {
    err(report.message);
    return 1;
  }
  out(report.message);
  out(
    `Integrity: ok. Schema version ${report.schemaVersion} (this app: ${report.appSchemaVersion}). Size: ${report.sizeBytes} bytes.`,
  );
  return 0;
}
